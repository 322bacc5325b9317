<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Casework for youth diversion schemes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found — Waymark cannot open casebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown when a casebook is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data in a casebook is encrypted on disk (SQLCipher, 256-bit AES). Each user unlocks it with their own password; every access to a record is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy versions to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this casebook is older than a copy this computer has seen. An older copy may have been put back, and recent work may be missing. Tell your coordinator (Account › Audit trail › Verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: audit rows this computer has seen are missing from this casebook. Tell your coordinator (Account › Audit trail › Verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the audit trail of this casebook was rewritten. Tell your coordinator (Account › Audit trail › Verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s record of the casebook&apos;s audit trail fails its check. Tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name as shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new user?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-allocate referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for re-allocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when re-allocating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the referral moves to another worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Waymark locked the casebook because nobody used it for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waymark locked the casebook because nobody used it for %n minute(s).</source>
        <translation>
            <numerusform>Waymark locked the casebook because nobody used it for %n minute.</numerusform>
            <numerusform>Waymark locked the casebook because nobody used it for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making up young people for the demo casebook. None of them is real.
%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo casebook could not be made.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n young people for the demo casebook. None of them is real.</source>
        <translation>
            <numerusform>Made %n young person for the demo casebook. They are not real.</numerusform>
            <numerusform>Made %n young people for the demo casebook. None of them is real.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waymark locked the casebook because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark locked the casebook because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark locked the casebook because the session was locked or switched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the casebook automatically…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the casebook automatically… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding assessments, plans, sessions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the casebook before Waymark closes…
Skip it to close now; the backup is made the next time Waymark is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up automatically: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup before closing could not be made:
%1
The casebook itself is as it was. Make a backup the next time Waymark is open (Tools › Backups…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose Waymark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Living arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, training and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers and lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional and mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech, language and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitudes to offending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern ratings: 0 none, 1 low, 2 some, 3 high, 4 very high. In a rating box, type the digit, or N for not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person&apos;s &amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person&apos;s own view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 over %n rated domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distance travelled over the %n domain(s) rated both times: %1 to %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please check the date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rating for “%1”, or “Not assessed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating for “%1” must be 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain of this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the referral was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the assessment this one follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the young person&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is not open, so it cannot be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has answers that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassess wit&amp;h last answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassess, starting from the selected or newest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rated)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue m&amp;y unsaved assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the assessment kept unsaved when the casebook locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation (person.viewed), or a family of them ending in a full stop (person.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person has the case reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user called %1 appears in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first; more rows load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), newest first.</source>
        <translation>
            <numerusform>%n row, newest first.</numerusform>
            <numerusform>%n rows, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this export for? (Recorded in the audit trail as a disclosure.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1. The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>Exported %n row to %1. The export is recorded in the audit trail.</numerusform>
            <numerusform>Exported %n rows to %1. The export is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: the audit trail is whole (%n row(s)), and not older than this computer has seen.</source>
        <translation>
            <numerusform>Verified: the audit trail is whole (%n row), and not older than this computer has seen.</numerusform>
            <numerusform>Verified: the audit trail is whole (%n rows), and not older than this computer has seen.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2, %3 by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was changed outside Waymark: the first bad row is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This casebook is older than a copy this computer has seen: an older copy may have been put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) this computer has seen are missing from the end of the trail.</source>
        <translation>
            <numerusform>%n audit row this computer has seen is missing from the end of the trail.</numerusform>
            <numerusform>%n audit rows this computer has seen are missing from the end of the trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rows this computer has seen were rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s record of the audit trail could not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bad row: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts and roles were changed outside Waymark (they do not match the list signed by a coordinator): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: there is no backup from the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark backups (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (the backup opens with the password you had when it was made):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this backup being restored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook will be replaced by the backup. Everything saved since the backup was made leaves the casebook (it is kept in a copy beside it). Restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. Waymark locks now: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically: every day while Waymark is open, and when it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the last 7 daily and 4 weekly backups in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being made. Wait for it to finish, then close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Backups and makes a backup of the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This casebook has never been backed up. If this computer is lost or breaks, everything in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last good backup of this casebook was made %n day(s) ago (%1).</source>
        <translation>
            <numerusform>The last good backup of this casebook was made %n day ago (%1).</numerusform>
            <numerusform>The last good backup of this casebook was made %n days ago (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions between two dates, as a calendar file (.ics) for your own calendar. Each entry shows the case reference and the type of session, never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the locations of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export at most a year at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarefulDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you have typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Print case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page summary of %1 for a panel meeting: the current referral, the assessment, the plan, attendance and open tasks. Notes are never included. Printing it is recorded in the audit trail with who it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Youth panel, 12 June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the summary is for: it goes into the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1. Choose another folder and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureRequestDialog</name>
    <message>
        <source>Request closure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator approves the closure; the closure date is the day they approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the completion status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian or Asian British: Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African: African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African: Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African: any other Black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or multiple: White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or multiple: White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or multiple: White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or multiple: any other Mixed background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group: Arab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ethnic group: any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In school full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In school part time / reduced timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative provision / PRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elective home education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College or further education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training or apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in education, employment or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth offending team / youth justice service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome 22 (diversionary, educational or intervention activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome 23 (deferred prosecution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth Conditional Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-charge / released under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-social behaviour / civil measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention (no offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence against the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft and handling (including shoplifting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possession of weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public order offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud and forgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-social behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online harm (including image sharing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other offence or behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (prevention referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously diverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible offence or route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the age range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by status (e.g. statutory order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme full or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out of area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signpost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or press F2 to choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Figures for the last twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact within limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat referrals share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffending, latest measured cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh f&amp;igures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as day/month/year, for example 23/04/2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only digits and / . or - between day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put / between day, month and year, for example 07/03/2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same separator twice, for example 07/03/2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a day, a month and a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, month or year is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year in full (four digits), for example 2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day and month have at most two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date that starts with the year must be written yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such month. Dates are day first: dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day does not exist in that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision on this referral. When diversion is not offered, choose the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason diversion is not offered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Record first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of first contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of first contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunCreatePage</name>
    <message>
        <source>Create a new casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the casebook file lives and set up the first coordinator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file (.keys) is kept beside it. Back up both together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides which bank holidays are left out when time limits are counted in working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Alex Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file called %1 already exists. Choose another name, or go back and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters. A short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user name: 2 to 64 letters (a–z), digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another password: this one is too common or contains the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunOpenPage</name>
    <message>
        <source>Open an existing casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the casebook file. You sign in on the next screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a casebook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (.keys) must be in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunStartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted casebook file holds your scheme&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a scheme&apos;s records. You become its first coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator gave you a casebook file and a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try a demo casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a demo casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with made-up young people before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop was lost, broke or was wiped, and a backup is all there is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without restoring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed on this page will be thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the &amp;check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a referral list (a CSV file from a police force or a school). Check the file first: every row&apos;s result is listed and nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent the file, e.g. police or a force&apos;s name: its saved column layout is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and &amp;leave out rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new people, %2 matched to people already here, %3 already imported, %4 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: some rows have problems. Correct them, or tick the box to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems stop the import unless you leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looks like %n person(s) already here; check before importing.</source>
        <translation>
            <numerusform>Looks like %n person already here; check before importing.</numerusform>
            <numerusform>Looks like %n people already here; check before importing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same new person as line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New referral — who is referred?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the young person&apos;s details. Waymark lists anyone already in the casebook who may be them, with why; use that record, or create a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it may be them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the casebook looks like this person. Create a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the casebook may be this young person. Choose one and use their record, or create a new person.</source>
        <translation>
            <numerusform>%n person in the casebook may be this young person. Choose them and use their record, or create a new person.</numerusform>
            <numerusform>%n people in the casebook may be this young person. Choose one and use their record, or create a new person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the people listed first: use one of them, or choose Create new person again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restricted record matches — ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Add an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme itself (no provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the provider on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred to provider on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred without recorded consent. Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to refer without recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to o&amp;verride:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to refer without recorded consent, or record consent on the referral first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person cannot be referred to this provider until consent to share is recorded on the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the referral to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason to override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Synthetic demo data — not real people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to a record were saved before locking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to a record were incomplete and could not be saved before locking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <comment>window title: casebook file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to a record could not be saved yet. They are kept, encrypted, in this casebook and offered back when you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to a record could not be saved yet (please check %1). They are kept, encrypted, in this casebook and offered back when you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your unsaved changes to a new person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your unsaved new person, %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your unsaved changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were kept when the casebook locked, before they could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were kept when the casebook locked. Please check %1 before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open casebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent casebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your unsaved new referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your unsaved changes to a referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being made. Wait for it to finish, then close the casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>other names (aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents, guardians and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record of %1. It is merged into this one: everything it holds moves here, its names become aliases, and it stays only as a pointer to this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, case reference, postcode or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merge would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record to see what the merge would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other record matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is merged into &lt;b&gt;%2&lt;/b&gt;, which stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is recorded against it, so nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These move to the record that stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New aliases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the other record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different in the two records (the one that stays keeps its own): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contacts due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contacts overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contacts due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First contacts due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Awaiting screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unallocated referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole team&apos;s referrals, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals allocated to you, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the referral&apos;s clock: done when the work is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up check due (%1 months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Written by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was said, what comes next. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitive: only I and coordinators can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the young person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from your unsaved draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you typed is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved note — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the case note you were writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the case note you were writing on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was kept, encrypted, before it could be saved (the casebook locked or Waymark stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find notes with the words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. college interview, &quot;youth club&quot;, foot*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n note(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sensitive note by %1: only its author and coordinators can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (since %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected note (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened after a closure on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure requested: %1. Awaiting a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up is recorded once the referral is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a yes here needs a yes at the step before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from 0 to %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back the closure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this referral being reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing before it can close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the closure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion status: %1.
The closure date will be today, %2; follow-up checks fall due 3, 6 and 12 months later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outco&amp;mes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeLabels</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to statutory services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-month check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-month check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable &amp;accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable &amp;education, training or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours a week in education, training or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND / ALN with a &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mental health need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health support attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance &amp;use need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use support attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Victims contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged in restorative &amp;justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN&amp;D / ALN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Give it to them in person: they choose their own the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the password you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator reset your password. Choose a new one of your own before you carry on. Lock closes the casebook until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a commonly used password: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password would be easy to guess: add a word or two, or make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not contain the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed the same twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: type a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: not allowed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfLabels</name>
    <message>
        <source>Case summary for panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE: prepared for %1 only. Do not copy or pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on %1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total change %1 (negative: less concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interventions planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %1, did not attend %2, other %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks a count from 1 to %2 (or a figure made from one), hidden so that no young person can be picked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN plan (EHCP/IDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up check due (%1 months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>LAC</source>
        <comment>looked-after child, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP</source>
        <comment>child-protection plan, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation</source>
        <comment>exploitation concern, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND</source>
        <comment>special educational needs, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <comment>restricted record, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN with a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (est.)</source>
        <comment>estimated date of birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIN</source>
        <comment>child in need, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EH</source>
        <comment>Early Help, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CL</source>
        <comment>care leaver, short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot add people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (est.)</source>
        <comment>estimated date of birth</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAC, CP, CIN, SEND, Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No young people in this casebook yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first young person referred to the scheme. Their record is encrypted in this casebook, and every look at it is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the people list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the people list (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in the young person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender &amp;identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, training or employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police / PNC reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS nu&amp;mber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique pupil number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN plan in place (EHCP/IDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents, guardians and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) cannot add people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your role (%1) can view this record but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, born %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: %1 — create anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Search the list for the existing record, or change the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the education, training or employment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the police / PNC reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unique pupil number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local authority ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SEND/ALN plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <comment>back to the people list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN with a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police / PNC reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique pupil number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral for thi&amp;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another record into this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this young person was recorded twice (coordinators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n other name(s) added as aliases.</source>
        <translation>
            <numerusform>Merged. %n other name added as an alias.</numerusform>
            <numerusform>Merged. %n other names added as aliases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task about this young person, for you or a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case summar&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page PDF for a panel meeting, recorded as a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restricted record.&lt;/b&gt; Only the caseworkers allocated to this young person&apos;s referrals and coordinators can see it. Do not share what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard your changes first, then restrict the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail; do not write names):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the young person wants to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp;domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Living arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, training and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers and lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional and mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech, language and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitudes to offending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, training and employment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport and positive activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person disengaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity or voluntary organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School, college or training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport or activity club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share with partner organisations is not recorded on referral %1. Record consent on the referral first, or a coordinator may override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention cannot move to that status from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new intervention is planned, referred or active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome is recorded once the intervention is completed or ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider no longer takes new referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans can be changed once the referral is accepted, and until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the email address: it needs an @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider the young person is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider with this name is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an intervention type with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Close this window and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;intervention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an intervention to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share with partner organisations: given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share with partner organisations: %1. Referrals to providers need consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and interventions are planned once the referral is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals or interventions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(consent overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEditDialog</name>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example PCC grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes new referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes new referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations young people are referred to for interventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes new referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No providers yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;both versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back. They are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Please check %1, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. Your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it: %1, at %2. Your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved version has the same details as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields differ between your version and the one saved meanwhile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mine anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the saved version. Your changes were set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <comment>back to the list the referral was opened from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the young person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the offence, incident or reason for referral: eligibility counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffence or behaviour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;lice reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a statutory order at referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the eligibility result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n referral(s) on record; see their record for them.</source>
        <translation>
            <numerusform>%1 already has %n referral on record; see their record for it.</numerusform>
            <numerusform>%1 already has %n referrals on record; see their record for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read only: your role (%1) can view this referral but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; not made yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Worker:&lt;/b&gt; unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Worker:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First contact:&lt;/b&gt; not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First contact:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Time limits&lt;/b&gt; (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligible&lt;/b&gt;: every rule of the scheme is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; by the scheme&apos;s rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overridden&lt;/b&gt; by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate to a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-allocate to another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record first &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have taken this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should this referral go ahead although the scheme&apos;s rules say it is not eligible? The rules&apos; result stays on record beside your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility overridden. The rules&apos; result stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new referral for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible — overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referrer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referrer&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offence or behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overr&amp;ide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start screenin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sor&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot add referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE — due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of referrals %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referrals each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat demand: share by number of referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: 18 months not yet passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffending by closure cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers are hidden in the export. Who is it for? The recipient is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel then reads accented letters and Welsh characters correctly. Other programs may show the mark as a stray character at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export? The recipient you typed is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>A report is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Caseload and activity per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversion funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local proven reoffending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by intervention type and by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per caseworker: open cases and overdue clocks now; sessions held (at least one young person attended) and their contact minutes in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received in the period: referred, eligible, offered, enrolled (first attended session), completed; by ethnicity, sex and age band. Disparity ratio = group rate / overall rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People banded by referrals received in the period (1, 2, 3-4, 5+) with people, referrals and share of all referrals; people reaching the repeat trigger; trend by quarter; sources of repeat referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose case closed in each quarter: reoffenders and reoffences (an offence within 12 months of closure with a caution or conviction within those 12 months or 6 more); binary rate and reoffences per 100. Pending until 18 months have passed, never 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions whose young person first attended one of their sessions in the period, by type and by provider: enrolled, completed %, mean change in assessment score (last minus first assessment of the referral on the same template; below 0 = less concern), reoffending % once 18 months have passed since closure, contact minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed in the period, outcome snapshot at start against end: suitable accommodation and ETE, SEND/ALN with a plan, mental health and substance use need, offered, attending, victims contacted, consented, engaged in restorative justice. Each step&apos;s % is of the step before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received in the period: working days from referral to decision and to first contact; % within the limit = met / (met + late + still open past due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals received in each calendar month of the period (the part of a month inside the period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for not offering and declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by number of referrals in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reaching the repeat-referral trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of repeat referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local proven reoffending by closure cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of referrals %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of people %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffences per 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limit %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome KPIs at start and at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat share of source %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all repeats %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed at start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reoffending %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, 18 months passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: mean hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: mean hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 to 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 to 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (no date of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider (the scheme itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable education, training or employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ETE (hours a week more than 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND/ALN identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... with a plan (EHCP/IDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... offered support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... engaged in restorative justice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first and last day of the period (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (small numbers suppressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupPage</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop was lost, broke or was wiped: bring the casebook back from its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its .keys file must be beside it (a USB stick, a shared folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New casebook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the restored casebook goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password as it was when the backup was made. Coordinators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark backups (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the casebook as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook was restored but could not be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer still has the original casebook, its check against this computer&apos;s record will report it as rolled back afterwards: restore here only when the original is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was written where the casebook was to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSentences</name>
    <message>
        <source>Enter a UK postcode, for example SW1A 1AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has 10 digits and ends with a check digit; check it was copied correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It gives an age outside 8 to 30 years today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>It is too long: %n character at most.</numerusform>
            <numerusform>It is too long: %n characters at most.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many: remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains characters that cannot be stored; retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only; write an extension as &quot;ext 123&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and / - . _ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick SEND/ALN as well when a plan is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an age band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between age bands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a looked-after child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a child-protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child in need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving Early Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject of an exploitation concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a statutory order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet born on %1, the date of the event; the scheme takes ages %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 on %2, the date of the event; the scheme takes ages %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on %1, before the event on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>months and days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received on %1, %2 after the event on %3; the scheme takes referrals within %n month(s).</source>
        <translation>
            <numerusform>Received on %1, %2 after the event on %3; the scheme takes referrals within %n month.</numerusform>
            <numerusform>Received on %1, %2 after the event on %3; the scheme takes referrals within %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already supported by this scheme before; the scheme supports a young person once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: the scheme does not take referrals by this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The young person is %1; the scheme excludes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not recorded, so the age cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event is not recorded, so the age and time window cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received is not recorded, so the time window cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date the rules need is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <comment>an ordinal above 10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 referral in %n month(s)</source>
        <comment>%1 is an ordinal, e.g. 3rd</comment>
        <translation>
            <numerusform>%1 referral in %n month</numerusform>
            <numerusform>%1 referral in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n working day(s) left</source>
        <translation>
            <numerusform>due %1, %n working day left</numerusform>
            <numerusform>due %1, %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working day(s) (due %1)</source>
        <translation>
            <numerusform>OVERDUE by %n working day (due %1)</numerusform>
            <numerusform>OVERDUE by %n working days (due %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met on %1, in %n working day(s)</source>
        <translation>
            <numerusform>met on %1, in %n working day</numerusform>
            <numerusform>met on %1, in %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed: done on %1, after %n working day(s) (due %2)</source>
        <translation>
            <numerusform>missed: done on %1, after %n working day (due %2)</numerusform>
            <numerusform>missed: done on %1, after %n working days (due %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE — due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth with day and month swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth one day apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth one month apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth one year apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to an estimated date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given and family names swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name is a short form of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name one letter different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name is part of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name one letter different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name is part of a double-barrelled name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches one of their other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already supported by this scheme before (%n earlier referral(s) accepted); the scheme supports a young person once.</source>
        <translation>
            <numerusform>Already supported by this scheme before (%n earlier referral accepted); the scheme supports a young person once.</numerusform>
            <numerusform>Already supported by this scheme before (%n earlier referrals accepted); the scheme supports a young person once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, case reference or date of birth. Press Escape to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, case reference or its number, postcode, or date of birth (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (not yet recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living arrangements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, training and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers and lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional and mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech, language and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploitation and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitudes to offending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or referral reference of another attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case or referral reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add atte&amp;ndee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the case reference or referral reference of the young person to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This young person has no open referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No young person or referral has that reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This young person is already an attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time does not exist in the UK: the clocks go forward an hour at 1am on the last Sunday of March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance can be recorded once the session has started. Until then it is planned (or cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a group session has several attendees: choose the type Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is 1 to 720 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doma&amp;ins addressed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (group of %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;w session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time Waymark starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark locks the casebook when nobody has used it for this long. Press Ctrl+L to lock it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;young person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral the task belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ring the school about the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;does it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the young person the task is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the task is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task has not been saved. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>Current referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the current referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Current referral %1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>repeat referral (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Assessment overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Task overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sensitive: hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the timeline for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), all shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casebook — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other casebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open another casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthetic demo data&lt;/b&gt; — every person in this casebook is made up.&lt;br&gt;Demo sign-in:&lt;br&gt;user %1, password %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>The last active coordinator cannot be given another role. Make someone else a coordinator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Another coordinator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another user name: 2 to 64 letters (a–z), digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with that name already exists (or did: a deactivated name is not reused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user no longer has an active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff who can sign in to this casebook. Every change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; what they recorded stays, with their name on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. They sign in with the password you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset. They choose a new one when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Waymark: casework for youth diversion schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo casebook of made-up people (made first if missing). Default place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook file to open (optional).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::convert</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This casebook is damaged and cannot be opened. Restore it from your most recent backup, and keep the damaged file for your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This casebook was written by a newer version of Waymark. Install the newer version to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. Reopen it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted database engine (SQLCipher) is missing or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder or file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook is in use by another Waymark window or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty, so it is not a Waymark casebook. If copying it or creating it was interrupted, copy or create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a Waymark casebook. Choose the casebook file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it is not a Waymark casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted database, not a Waymark casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Waymark casebook. Choose the .waymark file your coordinator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook&apos;s key file (the .keys file with the same name) is missing from its folder. Copy it there from where the casebook came from. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside this file belongs to a different casebook, or this file is not a Waymark casebook. Put the casebook&apos;s own .keys file beside it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook cannot be written: the file, its key file or its folder is read-only. Waymark records every sign-in, so it needs to write there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to use this casebook file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not read or write the casebook. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casebook and its key file are from different moments: one of them is an older copy. Put back the pair that belongs together, or ask your coordinator. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of this casebook, but from before a rekey on %1 replaced its key, so it cannot be restored over the casebook as it is now. Restore it into a new place with the backup&apos;s own key file (it opens with the passwords of then), or ask your coordinator. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of this casebook, but from before a rekey replaced its key, so it cannot be restored over the casebook as it is now. Restore it into a new place with the backup&apos;s own key file (it opens with the passwords of then), or ask your coordinator. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This casebook was changed outside Waymark: its authority key is not the one your key slot holds, so nobody&apos;s role in it can be trusted and it does not open for work. Ask your coordinator or auditor to check it (waymark-cli verify) and restore the last good backup. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account in this casebook does not match its signed list of users: it was changed outside Waymark. Ask your coordinator or auditor to check the casebook (waymark-cli verify). Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
