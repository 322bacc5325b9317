#pragma once

#include "core/Uuid.h"
#include "core/calendar/Date.h"

#include <string>
#include <vector>

namespace waymark {

// A parent, guardian or other contact of a young person.
struct Contact
{
    Uuid id; // assigned by the store when null
    std::string name;
    std::string relationship; // relationshipCodes()
    std::string phone;
    bool parentalResponsibility = false;

    friend bool operator==(const Contact&, const Contact&) = default;
};

struct PersonFlags
{
    bool lookedAfter = false;
    bool childProtectionPlan = false;
    bool childInNeed = false;
    bool earlyHelp = false;
    bool careLeaver = false;
    bool sendAln = false;     // special educational needs / additional learning needs
    bool sendAlnPlan = false; // EHCP / IDP in place
    bool exploitationConcern = false;
    bool restricted = false; // restricted record (e.g. staff relative, high profile)

    friend bool operator==(const PersonFlags&, const PersonFlags&) = default;
};

// A young person (10-17) or young adult (18-25) known to the scheme.
struct Person
{
    Uuid id;                   // assigned on create
    std::string caseReference; // assigned on create, e.g. WM-K7QX-2026-00042

    std::string givenName;
    std::string familyName;
    std::string preferredName;
    std::vector<std::string> aliases;

    Date dateOfBirth;
    bool dateOfBirthEstimated = false;
    std::string sex;            // sexCodes()
    std::string genderIdentity; // free text, optional
    std::string ethnicity;      // ethnicityCodes()
    std::string firstLanguage;
    bool interpreterNeeded = false;

    std::string address;
    std::string postcode; // normalised "AB1 2CD"
    std::string phone;

    std::string school;    // school or ETE provider
    std::string eteStatus; // eteStatusCodes()

    std::string pncReference; // police / PNC reference
    std::string nhsNumber;    // 10 digits, check digit verified
    std::string upn;          // unique pupil number
    std::string localAuthorityId;

    PersonFlags flags;
    std::vector<Contact> contacts;

    // Bookkeeping, set by the store.
    std::string createdAt;  // UTC ISO 8601
    std::string updatedHlc; // optimistic concurrency: an update must carry the HLC it read

    std::string displayName() const; // "Preferred (Given) Family" or "Given Family"
};

// One row of a list or search result: enough to show and open the record.
struct PersonSummary
{
    Uuid id;
    std::string caseReference;
    std::string givenName;
    std::string familyName;
    std::string preferredName;
    Date dateOfBirth;
    bool dateOfBirthEstimated = false;
    std::string postcode;
    PersonFlags flags;

    std::string displayName() const;
};

} // namespace waymark
