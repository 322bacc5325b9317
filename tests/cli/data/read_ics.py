#!/usr/bin/python3
# Reads an iCalendar file with the icalendar library (Debian: python3-icalendar), an
# independent parser, and prints one JSON object per event: uid, start (UTC, ISO 8601),
# duration in minutes, summary, location (or null), status; plus the calendar's checks.
# Strict: a line over 75 octets or a line ending that is not CRLF is an error.
import datetime
import json
import sys

import icalendar

raw = open(sys.argv[1], "rb").read()
for i, line in enumerate(raw.split(b"\r\n")[:-1]):
    if len(line) > 75:
        sys.exit("line %d is %d octets" % (i + 1, len(line)))
    if b"\n" in line or b"\r" in line:
        sys.exit("line %d has a bare line break" % (i + 1))
if not raw.endswith(b"\r\n"):
    sys.exit("the file does not end with CRLF")

cal = icalendar.Calendar.from_ical(raw)
events = []
timezones = [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")]
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    if not isinstance(start, datetime.datetime) or start.tzinfo is None:
        sys.exit("DTSTART is not a time with a zone")
    duration = ev.decoded("DURATION")
    events.append({
        "uid": str(ev.get("UID")),
        "start": start.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tzid": start.tzinfo.zone if hasattr(start.tzinfo, "zone") else str(start.tzinfo),
        "minutes": int(duration.total_seconds() // 60),
        "summary": str(ev.get("SUMMARY")),
        "location": str(ev.get("LOCATION")) if ev.get("LOCATION") is not None else None,
        "status": str(ev.get("STATUS")),
        "dtstamp": ev.decoded("DTSTAMP").strftime("%Y-%m-%dT%H:%M:%SZ"),
    })
print(json.dumps({"version": str(cal.get("VERSION")), "prodid": str(cal.get("PRODID")),
                  "timezones": timezones, "events": events}))
