<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Waymark</source>
        <translation>Ynghylch Waymark</translation>
    </message>
    <message>
        <source>Waymark logo</source>
        <translation>Logo Waymark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Casework for youth diversion schemes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Gwaith achos ar gyfer cynlluniau dargyfeirio ieuenctid.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Waymark version</source>
        <translation>Fersiwn Waymark</translation>
    </message>
    <message>
        <source>not found — Waymark cannot open casebooks</source>
        <translation>heb ei ganfod — ni all Waymark agor llyfrau achosion</translation>
    </message>
    <message>
        <source>shown when a casebook is open</source>
        <translation>yn cael ei ddangos pan fydd llyfr achosion ar agor</translation>
    </message>
    <message>
        <source>Waymark:</source>
        <translation>Waymark:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (adeiladwyd gyda %2)</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>Casebook format:</source>
        <translation>Fformat y llyfr achosion:</translation>
    </message>
    <message>
        <source>Device prefix:</source>
        <translation>Rhagddodiad y ddyfais:</translation>
    </message>
    <message>
        <source>All data in a casebook is encrypted on disk (SQLCipher, 256-bit AES). Each user unlocks it with their own password; every access to a record is written to the audit log.</source>
        <translation>Mae&apos;r holl ddata mewn llyfr achosion wedi&apos;i amgryptio ar y ddisg (SQLCipher, AES 256-did). Mae pob defnyddiwr yn ei ddatgloi gyda&apos;i gyfrinair ei hun; mae pob mynediad at gofnod yn cael ei ysgrifennu yn y log archwilio.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Amgryptio</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copïo’r fersiynau</translation>
    </message>
    <message>
        <source>Copy versions to the clipboard</source>
        <translation>Copïo&apos;r fersiynau i&apos;r clipfwrdd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>Cyf&amp;rif</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Newid fy nghyfrinair…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Newidiwyd eich cyfrinair. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Defnyddwyr…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Trywydd archwilio…</translation>
    </message>
    <message>
        <source>Warning: this casebook is older than a copy this computer has seen. An older copy may have been put back, and recent work may be missing. Tell your coordinator (Account › Audit trail › Verify).</source>
        <translation>Rhybudd: mae&apos;r llyfr achosion hwn yn hŷn na chopi y mae&apos;r cyfrifiadur hwn wedi&apos;i weld. Efallai bod hen gopi wedi&apos;i roi yn ôl, ac efallai bod gwaith diweddar ar goll. Dywedwch wrth eich cydlynydd (Cyfrif › Trywydd archwilio › Gwirio).</translation>
    </message>
    <message>
        <source>Warning: audit rows this computer has seen are missing from this casebook. Tell your coordinator (Account › Audit trail › Verify).</source>
        <translation>Rhybudd: mae rhesi archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld ar goll o&apos;r llyfr achosion hwn. Dywedwch wrth eich cydlynydd (Cyfrif › Trywydd archwilio › Gwirio).</translation>
    </message>
    <message>
        <source>Warning: the audit trail of this casebook was rewritten. Tell your coordinator (Account › Audit trail › Verify).</source>
        <translation>Rhybudd: ailysgrifennwyd trywydd archwilio&apos;r llyfr achosion hwn. Dywedwch wrth eich cydlynydd (Cyfrif › Trywydd archwilio › Gwirio).</translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s record of the casebook&apos;s audit trail fails its check. Tell your coordinator.</source>
        <translation>Rhybudd: mae cofnod y cyfrifiadur hwn o drywydd archwilio&apos;r llyfr achosion yn methu ei wiriad. Dywedwch wrth eich cydlynydd.</translation>
    </message>
    <message>
        <source>Audit warning</source>
        <translation>Rhybudd archwilio</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Name as shown</source>
        <translation>Enw fel y&apos;i dangosir</translation>
    </message>
    <message>
        <source>&amp;Name as shown:</source>
        <translation>E&amp;nw fel y&apos;i dangosir:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Cyfrinair cyntaf</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Cyfrinair cyntaf:</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>Cyfrinair cyntaf eto</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Cyfrinair e&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ychwanegu defnyddiwr</translation>
    </message>
    <message>
        <source>Discard this new user?</source>
        <translation>Taflu&apos;r defnyddiwr newydd hwn?</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate referral</source>
        <translation>Dyrannu atgyfeiriad</translation>
    </message>
    <message>
        <source>Re-allocate referral</source>
        <translation>Ailddyrannu atgyfeiriad</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Gweithiwr:</translation>
    </message>
    <message>
        <source>Reason for re-allocating</source>
        <translation>Rheswm dros ailddyrannu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Required when re-allocating</source>
        <translation>Gofynnol wrth ailddyrannu</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Dyrannu</translation>
    </message>
    <message>
        <source>Choose a worker.</source>
        <translation>Dewiswch weithiwr.</translation>
    </message>
    <message>
        <source>Say why the referral moves to another worker.</source>
        <translation>Dywedwch pam mae&apos;r atgyfeiriad yn symud at weithiwr arall.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Waymark locked the casebook because nobody used it for a while.</source>
        <translation>Cloiodd Waymark y llyfr achosion am nad oedd neb wedi&apos;i ddefnyddio ers tro.</translation>
    </message>
    <message numerus="yes">
        <source>Waymark locked the casebook because nobody used it for %n minute(s).</source>
        <translation>
            <numerusform>Cloiodd Waymark y llyfr achosion am nad oedd neb wedi&apos;i ddefnyddio am %n munud.</numerusform>
            <numerusform>Cloiodd Waymark y llyfr achosion am nad oedd neb wedi&apos;i ddefnyddio am %n munud.</numerusform>
            <numerusform>Cloiodd Waymark y llyfr achosion am nad oedd neb wedi&apos;i ddefnyddio am %n munud.</numerusform>
            <numerusform>Cloiodd Waymark y llyfr achosion am nad oedd neb wedi&apos;i ddefnyddio am %n munud.</numerusform>
            <numerusform>Cloiodd Waymark y llyfr achosion am nad oedd neb wedi&apos;i ddefnyddio am %n munud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making up young people for the demo casebook. None of them is real.
%1…</source>
        <translation>Yn creu pobl ifanc ffug ar gyfer y llyfr achosion enghreifftiol. Does dim un ohonyn nhw&apos;n go iawn.
%1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Preparing the demo — Waymark</source>
        <translation>Paratoi&apos;r enghraifft — Waymark</translation>
    </message>
    <message>
        <source>Preparing the demo casebook</source>
        <translation>Paratoi&apos;r llyfr achosion enghreifftiol</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Yn stopio…</translation>
    </message>
    <message>
        <source>Demo — Waymark</source>
        <translation>Enghraifft — Waymark</translation>
    </message>
    <message>
        <source>The demo casebook could not be made.
%1</source>
        <translation>Nid oedd modd creu&apos;r llyfr achosion enghreifftiol.
%1</translation>
    </message>
    <message>
        <source>Demo failed</source>
        <translation>Methodd yr enghraifft</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Nid oes modd creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Adding people</source>
        <translation>Yn ychwanegu pobl</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Creating the encrypted casebook</source>
        <translation>Yn creu&apos;r llyfr achosion wedi&apos;i amgryptio</translation>
    </message>
    <message numerus="yes">
        <source>Made %n young people for the demo casebook. None of them is real.</source>
        <translation>
            <numerusform>Gwnaed %n o bobl ifanc ar gyfer y llyfr achosion enghreifftiol. Does dim un ohonynt yn go iawn.</numerusform>
            <numerusform>Gwnaed %n person ifanc ar gyfer y llyfr achosion enghreifftiol. Nid yw&apos;n go iawn.</numerusform>
            <numerusform>Gwnaed %n o bobl ifanc ar gyfer y llyfr achosion enghreifftiol. Does dim un ohonynt yn go iawn.</numerusform>
            <numerusform>Gwnaed %n o bobl ifanc ar gyfer y llyfr achosion enghreifftiol. Does dim un ohonynt yn go iawn.</numerusform>
            <numerusform>Gwnaed %n o bobl ifanc ar gyfer y llyfr achosion enghreifftiol. Does dim un ohonynt yn go iawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waymark locked the casebook because the computer went to sleep.</source>
        <translation>Cloodd Waymark y llyfr achosion oherwydd i&apos;r cyfrifiadur fynd i gysgu.</translation>
    </message>
    <message>
        <source>Waymark locked the casebook because the screen was locked.</source>
        <translation>Cloodd Waymark y llyfr achosion oherwydd i&apos;r sgrin gael ei chloi.</translation>
    </message>
    <message>
        <source>Waymark locked the casebook because the session was locked or switched.</source>
        <translation>Cloodd Waymark y llyfr achosion oherwydd i&apos;r sesiwn gael ei chloi neu ei newid.</translation>
    </message>
    <message>
        <source>Backing up the casebook automatically…</source>
        <translation>Yn gwneud copi wrth gefn o&apos;r llyfr achosion yn awtomatig…</translation>
    </message>
    <message>
        <source>Backing up the casebook automatically… %1%</source>
        <translation>Yn gwneud copi wrth gefn o&apos;r llyfr achosion yn awtomatig… %1%</translation>
    </message>
    <message>
        <source>Adding the team</source>
        <translation>Yn ychwanegu&apos;r tîm</translation>
    </message>
    <message>
        <source>Adding referrals</source>
        <translation>Yn ychwanegu atgyfeiriadau</translation>
    </message>
    <message>
        <source>Adding assessments, plans, sessions and notes</source>
        <translation>Yn ychwanegu asesiadau, cynlluniau, sesiynau a nodiadau</translation>
    </message>
    <message>
        <source>Finishing the casebook</source>
        <translation>Yn gorffen y llyfr achosion</translation>
    </message>
    <message>
        <source>Closing — Waymark</source>
        <translation>Cau — Waymark</translation>
    </message>
    <message>
        <source>Backing up before closing</source>
        <translation>Gwneud copi wrth gefn cyn cau</translation>
    </message>
    <message>
        <source>Backing up the casebook before Waymark closes…
Skip it to close now; the backup is made the next time Waymark is open.</source>
        <translation>Yn gwneud copi wrth gefn o&apos;r llyfr achosion cyn i Waymark gau…
Hepgorwch ef i gau nawr; caiff y copi wrth gefn ei wneud y tro nesaf y bydd Waymark ar agor.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Hepgor</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Yn atal y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backed up automatically: %1</source>
        <translation>Gwnaed copi wrth gefn yn awtomatig: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Methodd y copi wrth gefn awtomatig: %1</translation>
    </message>
    <message>
        <source>The backup before closing could not be made:
%1
The casebook itself is as it was. Make a backup the next time Waymark is open (Tools › Backups…).</source>
        <translation>Doedd dim modd gwneud y copi wrth gefn cyn cau:
%1
Mae&apos;r llyfr achosion ei hun fel yr oedd. Gwnewch gopi wrth gefn y tro nesaf y bydd Waymark ar agor (Offer › Copïau wrth gefn…).</translation>
    </message>
    <message>
        <source>C&amp;lose Waymark</source>
        <translation>&amp;Cau Waymark</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Living arrangements</source>
        <translation>Trefniadau byw</translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation>Teulu a pherthnasoedd</translation>
    </message>
    <message>
        <source>Education, training and employment</source>
        <translation>Addysg, hyfforddiant a chyflogaeth</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Cymdogaeth</translation>
    </message>
    <message>
        <source>Peers and lifestyle</source>
        <translation>Cyfoedion a ffordd o fyw</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Emotional and mental health</source>
        <translation>Iechyd emosiynol a meddyliol</translation>
    </message>
    <message>
        <source>Speech, language and communication</source>
        <translation>Lleferydd, iaith a chyfathrebu</translation>
    </message>
    <message>
        <source>Exploitation and safety</source>
        <translation>Camfanteisio a diogelwch</translation>
    </message>
    <message>
        <source>Thinking and behaviour</source>
        <translation>Meddwl ac ymddygiad</translation>
    </message>
    <message>
        <source>Attitudes to offending</source>
        <translation>Agweddau at droseddu</translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation>Cymhelliant i newid</translation>
    </message>
    <message>
        <source>Assessment of %1 — %2</source>
        <translation>Asesiad ar %1 — %2</translation>
    </message>
    <message>
        <source>Reassessment — %1</source>
        <translation>Ailasesiad — %1</translation>
    </message>
    <message>
        <source>New assessment — %1</source>
        <translation>Asesiad newydd — %1</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Templed:</translation>
    </message>
    <message>
        <source>Concern ratings: 0 none, 1 low, 2 some, 3 high, 4 very high. In a rating box, type the digit, or N for not assessed.</source>
        <translation>Graddau pryder: 0 dim, 1 isel, 2 rhywfaint, 3 uchel, 4 uchel iawn. Mewn blwch gradd, teipiwch y digid, neu H am heb ei asesu.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Gradd: %1</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– dewiswch –</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 dim</translation>
    </message>
    <message>
        <source>1 low</source>
        <translation>1 isel</translation>
    </message>
    <message>
        <source>2 some</source>
        <translation>2 rhywfaint</translation>
    </message>
    <message>
        <source>3 high</source>
        <translation>3 uchel</translation>
    </message>
    <message>
        <source>4 very high</source>
        <translation>4 uchel iawn</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Newid: %1</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Cyfanswm y sgôr</translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation>C&amp;ryfderau:</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <source>Young person&apos;s &amp;view:</source>
        <translation>Barn y person &amp;ifanc:</translation>
    </message>
    <message>
        <source>The young person&apos;s own view</source>
        <translation>Barn y person ifanc ei hun</translation>
    </message>
    <message>
        <source>Their &amp;goals:</source>
        <translation>Eu &amp;nodau:</translation>
    </message>
    <message>
        <source>The young person&apos;s goals</source>
        <translation>Nodau&apos;r person ifanc</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Cr&amp;ynodeb:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Cadw&apos;r asesiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>was not assessed</source>
        <translation>heb ei asesu o&apos;r blaen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>newydd</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>%1 o&apos;r blaen</translation>
    </message>
    <message>
        <source>%1 → %2, no change</source>
        <translation>%1 → %2, dim newid</translation>
    </message>
    <message>
        <source>%1 → %2: %3, %4</source>
        <translation>%1 → %2: %3, %4</translation>
    </message>
    <message>
        <source>less concern</source>
        <translation>llai o bryder</translation>
    </message>
    <message>
        <source>more concern</source>
        <translation>mwy o bryder</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 over %n rated domain(s)</source>
        <translation>
            <numerusform>Cyfanswm: %1 dros %n maes a raddiwyd</numerusform>
            <numerusform>Cyfanswm: %1 dros %n maes a raddiwyd</numerusform>
            <numerusform>Cyfanswm: %1 dros %n maes a raddiwyd</numerusform>
            <numerusform>Cyfanswm: %1 dros %n maes a raddiwyd</numerusform>
            <numerusform>Cyfanswm: %1 dros %n maes a raddiwyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distance travelled over the %n domain(s) rated both times: %1 to %2 (%3).</source>
        <translation>
            <numerusform>Pellter a deithiwyd dros y %n maes a raddiwyd y ddwy waith: %1 i %2 (%3).</numerusform>
            <numerusform>Pellter a deithiwyd dros y %n maes a raddiwyd y ddwy waith: %1 i %2 (%3).</numerusform>
            <numerusform>Pellter a deithiwyd dros y %n maes a raddiwyd y ddwy waith: %1 i %2 (%3).</numerusform>
            <numerusform>Pellter a deithiwyd dros y %n maes a raddiwyd y ddwy waith: %1 i %2 (%3).</numerusform>
            <numerusform>Pellter a deithiwyd dros y %n maes a raddiwyd y ddwy waith: %1 i %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check the date: %1</source>
        <translation>Gwiriwch y dyddiad: %1</translation>
    </message>
    <message>
        <source>Choose a rating for “%1”, or “Not assessed”.</source>
        <translation>Dewiswch radd ar gyfer “%1”, neu “Heb ei asesu”.</translation>
    </message>
    <message>
        <source>The rating for “%1” must be 0 to 4.</source>
        <translation>Rhaid i&apos;r radd ar gyfer “%1” fod rhwng 0 a 4.</translation>
    </message>
    <message>
        <source>“%1” is not a domain of this template.</source>
        <translation>Nid yw “%1” yn un o feysydd y templed hwn.</translation>
    </message>
    <message>
        <source>the notes on “%1”</source>
        <translation>y nodiadau ar “%1”</translation>
    </message>
    <message>
        <source>The date is before the referral was received.</source>
        <translation>Mae&apos;r dyddiad cyn i&apos;r atgyfeiriad ddod i law.</translation>
    </message>
    <message>
        <source>The date is before the assessment this one follows.</source>
        <translation>Mae&apos;r dyddiad cyn yr asesiad y mae hwn yn ei ddilyn.</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>y dyddiad</translation>
    </message>
    <message>
        <source>the strengths</source>
        <translation>y cryfderau</translation>
    </message>
    <message>
        <source>the young person&apos;s view</source>
        <translation>barn y person ifanc</translation>
    </message>
    <message>
        <source>the goals</source>
        <translation>y nodau</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>y crynodeb</translation>
    </message>
    <message>
        <source>This referral is not open, so it cannot be assessed.</source>
        <translation>Nid yw&apos;r atgyfeiriad hwn ar agor, felly ni ellir ei asesu.</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Asesiad heb ei gadw</translation>
    </message>
    <message>
        <source>This assessment has answers that are not saved. Discard them?</source>
        <translation>Mae gan yr asesiad hwn atebion sydd heb eu cadw. Eu gwaredu?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Parhau i &amp;olygu</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Dim asesiad eto.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Aseswr</translation>
    </message>
    <message>
        <source>Ne&amp;w assessment…</source>
        <translation>Asesiad ne&amp;wydd…</translation>
    </message>
    <message>
        <source>Record a new assessment</source>
        <translation>Cofnodi asesiad newydd</translation>
    </message>
    <message>
        <source>Reassess wit&amp;h last answers…</source>
        <translation>Ailasesu gyda&apos;r atebion diwet&amp;haf…</translation>
    </message>
    <message>
        <source>Reassess, starting from the selected or newest assessment</source>
        <translation>Ailasesu, gan ddechrau o&apos;r asesiad a ddewiswyd neu&apos;r diweddaraf</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Ailasesiad</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 f%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rated)</source>
        <translation>
            <numerusform>%1 (%n wedi&apos;u graddio)</numerusform>
            <numerusform>%1 (%n wedi&apos;u graddio)</numerusform>
            <numerusform>%1 (%n wedi&apos;u graddio)</numerusform>
            <numerusform>%1 (%n wedi&apos;u graddio)</numerusform>
            <numerusform>%1 (%n wedi&apos;u graddio)</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue m&amp;y unsaved assessment…</source>
        <translation>Parhau â&amp;m hasesiad heb ei gadw…</translation>
    </message>
    <message>
        <source>Continue the assessment kept unsaved when the casebook locked</source>
        <translation>Parhau â&apos;r asesiad a gadwyd heb ei gadw pan gloiodd y llyfr achosion</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Person&apos;s case reference</source>
        <translation>Cyfeirnod achos y person</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>An operation (person.viewed), or a family of them ending in a full stop (person.)</source>
        <translation>Gweithred (person.viewed), neu deulu ohonynt sy&apos;n gorffen ag atalnod llawn (person.)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dyddiad o</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Dyddiad i</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Da&amp;ngos</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lirio</translation>
    </message>
    <message>
        <source>Audit rows</source>
        <translation>Rhesi archwilio</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>G&amp;wirio</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>No person has the case reference %1.</source>
        <translation>Nid oes gan unrhyw berson y cyfeirnod achos %1.</translation>
    </message>
    <message>
        <source>No user called %1 appears in the audit trail.</source>
        <translation>Nid yw defnyddiwr o&apos;r enw %1 yn ymddangos yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>Nid oes unrhyw resi archwilio&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>Newest first; more rows load as you scroll.</source>
        <translation>Y mwyaf newydd yn gyntaf; mae mwy o resi&apos;n llwytho wrth i chi sgrolio.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), newest first.</source>
        <translation>
            <numerusform>%n rhes, y mwyaf newydd yn gyntaf.</numerusform>
            <numerusform>%n rhes, y mwyaf newydd yn gyntaf.</numerusform>
            <numerusform>%n rhes, y mwyaf newydd yn gyntaf.</numerusform>
            <numerusform>%n rhes, y mwyaf newydd yn gyntaf.</numerusform>
            <numerusform>%n rhes, y mwyaf newydd yn gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Ffeil CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Ffeil JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Allforio&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Who is this export for? (Recorded in the audit trail as a disclosure.)</source>
        <translation>Ar gyfer pwy mae&apos;r allforio hwn? (Caiff ei gofnodi yn y trywydd archwilio fel datgeliad.)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Methodd yr allforio: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1. The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>Allforiwyd %n rhes i %1. Caiff yr allforio ei gofnodi yn y trywydd archwilio.</numerusform>
            <numerusform>Allforiwyd %n rhes i %1. Caiff yr allforio ei gofnodi yn y trywydd archwilio.</numerusform>
            <numerusform>Allforiwyd %n rhes i %1. Caiff yr allforio ei gofnodi yn y trywydd archwilio.</numerusform>
            <numerusform>Allforiwyd %n rhes i %1. Caiff yr allforio ei gofnodi yn y trywydd archwilio.</numerusform>
            <numerusform>Allforiwyd %n rhes i %1. Caiff yr allforio ei gofnodi yn y trywydd archwilio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation>Ni allai&apos;r gwirio redeg: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: the audit trail is whole (%n row(s)), and not older than this computer has seen.</source>
        <translation>
            <numerusform>Wedi&apos;i wirio: mae&apos;r trywydd archwilio&apos;n gyfan (%n rhes), a dim yn hŷn na&apos;r hyn a welodd y cyfrifiadur hwn.</numerusform>
            <numerusform>Wedi&apos;i wirio: mae&apos;r trywydd archwilio&apos;n gyfan (%n rhes), a dim yn hŷn na&apos;r hyn a welodd y cyfrifiadur hwn.</numerusform>
            <numerusform>Wedi&apos;i wirio: mae&apos;r trywydd archwilio&apos;n gyfan (%n rhes), a dim yn hŷn na&apos;r hyn a welodd y cyfrifiadur hwn.</numerusform>
            <numerusform>Wedi&apos;i wirio: mae&apos;r trywydd archwilio&apos;n gyfan (%n rhes), a dim yn hŷn na&apos;r hyn a welodd y cyfrifiadur hwn.</numerusform>
            <numerusform>Wedi&apos;i wirio: mae&apos;r trywydd archwilio&apos;n gyfan (%n rhes), a dim yn hŷn na&apos;r hyn a welodd y cyfrifiadur hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 (no longer there)</source>
        <translation>rhes %1 (nid yw yno mwyach)</translation>
    </message>
    <message>
        <source>row %1 (%2, %3 by %4)</source>
        <translation>rhes %1 (%2, %3 gan %4)</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Waymark: the first bad row is %1.</source>
        <translation>Newidiwyd y trywydd archwilio y tu allan i Waymark: y rhes ddrwg gyntaf yw %1.</translation>
    </message>
    <message>
        <source>This casebook is older than a copy this computer has seen: an older copy may have been put back.</source>
        <translation>Mae&apos;r llyfr achosion hwn yn hŷn na chopi y mae&apos;r cyfrifiadur hwn wedi&apos;i weld: efallai bod hen gopi wedi&apos;i roi yn ôl.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) this computer has seen are missing from the end of the trail.</source>
        <translation>
            <numerusform>Mae %n rhes archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld ar goll o ddiwedd y trywydd.</numerusform>
            <numerusform>Mae %n rhes archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld ar goll o ddiwedd y trywydd.</numerusform>
            <numerusform>Mae %n rhes archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld ar goll o ddiwedd y trywydd.</numerusform>
            <numerusform>Mae %n rhes archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld ar goll o ddiwedd y trywydd.</numerusform>
            <numerusform>Mae %n rhes archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld ar goll o ddiwedd y trywydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit rows this computer has seen were rewritten.</source>
        <translation>Ailysgrifennwyd rhesi archwilio y mae&apos;r cyfrifiadur hwn wedi&apos;u gweld.</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the audit trail could not be trusted.</source>
        <translation>Nid oedd modd ymddiried yng nghofnod y cyfrifiadur hwn o&apos;r trywydd archwilio.</translation>
    </message>
    <message>
        <source>First bad row: %1.</source>
        <translation>Y rhes ddrwg gyntaf: %1.</translation>
    </message>
    <message>
        <source>The accounts and roles were changed outside Waymark (they do not match the list signed by a coordinator): %1</source>
        <translation>Newidiwyd y cyfrifon a’r rolau y tu allan i Waymark (nid ydynt yn cyfateb i’r rhestr a lofnodwyd gan gydlynydd): %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Ffolder copïau wrth gefn:</translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation>Copi wrth gefn da diwethaf:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Adfer…</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Does dim copi wrth gefn wedi&apos;i wneud eto.</translation>
    </message>
    <message>
        <source>Warning: there is no backup from the last 7 days.</source>
        <translation>Rhybudd: does dim copi wrth gefn o&apos;r 7 diwrnod diwethaf.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Dewiswch y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>Dewiswch ffolder copïau wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gwnaed copi wrth gefn yn %1.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Dewiswch gopi wrth gefn i&apos;w adfer</translation>
    </message>
    <message>
        <source>Waymark backups (*.waymark)</source>
        <translation>Copïau wrth gefn Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Your password (the backup opens with the password you had when it was made):</source>
        <translation>Eich cyfrinair (mae&apos;r copi wrth gefn yn agor gyda&apos;r cyfrinair oedd gennych pan gafodd ei wneud):</translation>
    </message>
    <message>
        <source>Why is this backup being restored?</source>
        <translation>Pam mae&apos;r copi wrth gefn hwn yn cael ei adfer?</translation>
    </message>
    <message>
        <source>The casebook will be replaced by the backup. Everything saved since the backup was made leaves the casebook (it is kept in a copy beside it). Restore?</source>
        <translation>Bydd y copi wrth gefn yn cymryd lle&apos;r llyfr achosion. Bydd popeth a gadwyd ers gwneud y copi wrth gefn yn gadael y llyfr achosion (caiff ei gadw mewn copi wrth ei ochr). Adfer?</translation>
    </message>
    <message>
        <source>The backup was restored. Waymark locks now: sign in again.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i adfer. Mae Waymark yn cloi nawr: mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation>Adferwyd y copi wrth gefn a wnaed %1.</translation>
    </message>
    <message>
        <source>Back up &amp;automatically: every day while Waymark is open, and when it closes</source>
        <translation>Gwneud copïau wrth gefn yn &amp;awtomatig: bob dydd tra bo Waymark ar agor, a phan fydd yn cau</translation>
    </message>
    <message>
        <source>Keeps the last 7 daily and 4 weekly backups in the backup folder.</source>
        <translation>Yn cadw&apos;r 7 copi wrth gefn dyddiol a&apos;r 4 copi wythnosol diwethaf yn y ffolder copïau wrth gefn.</translation>
    </message>
    <message>
        <source>Automatic backups are on.</source>
        <translation>Mae copïau wrth gefn awtomatig ymlaen.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Mae copïau wrth gefn awtomatig i ffwrdd.</translation>
    </message>
    <message>
        <source>A backup is being made. Wait for it to finish, then close.</source>
        <translation>Mae copi wrth gefn yn cael ei wneud. Arhoswch iddo orffen, yna caewch.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Backup warning</source>
        <translation>Rhybudd copi wrth gefn</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Gwneud copi wrth gefn n&amp;awr</translation>
    </message>
    <message>
        <source>Opens Backups and makes a backup of the casebook</source>
        <translation>Yn agor Copïau wrth gefn ac yn gwneud copi wrth gefn o&apos;r llyfr achosion</translation>
    </message>
    <message>
        <source>This casebook has never been backed up. If this computer is lost or breaks, everything in it is lost.</source>
        <translation>Does dim copi wrth gefn o&apos;r llyfr achosion hwn erioed. Os caiff y cyfrifiadur hwn ei golli neu os bydd yn torri, bydd popeth ynddo yn cael ei golli.</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup of this casebook was made %n day(s) ago (%1).</source>
        <translation>
            <numerusform>Gwnaed y copi wrth gefn da diwethaf o&apos;r llyfr achosion hwn %n diwrnod yn ôl (%1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn da diwethaf o&apos;r llyfr achosion hwn %n diwrnod yn ôl (%1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn da diwethaf o&apos;r llyfr achosion hwn %n diwrnod yn ôl (%1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn da diwethaf o&apos;r llyfr achosion hwn %n diwrnod yn ôl (%1).</numerusform>
            <numerusform>Gwnaed y copi wrth gefn da diwethaf o&apos;r llyfr achosion hwn %n diwrnod yn ôl (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Allforio calendr</translation>
    </message>
    <message>
        <source>Your sessions between two dates, as a calendar file (.ics) for your own calendar. Each entry shows the case reference and the type of session, never a name.</source>
        <translation>Eich sesiynau rhwng dau ddyddiad, fel ffeil calendr (.ics) ar gyfer eich calendr eich hun. Mae pob cofnod yn dangos cyfeirnod yr achos a&apos;r math o sesiwn, byth enw.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Include &amp;locations</source>
        <translation>Cynnwys &amp;lleoliadau</translation>
    </message>
    <message>
        <source>Include the locations of sessions</source>
        <translation>Cynnwys lleoliadau&apos;r sesiynau</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Y ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Dewis y ffeil</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ffe&amp;il:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <source>Type the first date.</source>
        <translation>Teipiwch y dyddiad cyntaf.</translation>
    </message>
    <message>
        <source>Type the last date.</source>
        <translation>Teipiwch y dyddiad olaf.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Dewiswch y ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation>Mae&apos;r dyddiad olaf cyn y cyntaf.</translation>
    </message>
    <message>
        <source>Export at most a year at a time.</source>
        <translation>Allforiwch flwyddyn ar y mwyaf ar y tro.</translation>
    </message>
</context>
<context>
    <name>CarefulDialog</name>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard what you have typed?</source>
        <translation>Taflu&apos;r hyn rydych wedi&apos;i deipio?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Parhau i olygu</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Print case summary</source>
        <translation>Argraffu crynodeb achos</translation>
    </message>
    <message>
        <source>A one-page summary of %1 for a panel meeting: the current referral, the assessment, the plan, attendance and open tasks. Notes are never included. Printing it is recorded in the audit trail with who it is for.</source>
        <translation>Crynodeb un dudalen o %1 ar gyfer cyfarfod panel: yr atgyfeiriad presennol, yr asesiad, y cynllun, presenoldeb a thasgau agored. Nid yw nodiadau byth yn cael eu cynnwys. Caiff ei argraffu ei gofnodi yn y llwybr archwilio, gyda phwy y mae ar ei gyfer.</translation>
    </message>
    <message>
        <source>e.g. Youth panel, 12 June</source>
        <translation>e.e. Panel ieuenctid, 12 Mehefin</translation>
    </message>
    <message>
        <source>&amp;Who is it for?</source>
        <translation>&amp;I bwy y mae?</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Cadw &amp;yn:</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>&amp;Cadw PDF</translation>
    </message>
    <message>
        <source>Save case summary</source>
        <translation>Cadw crynodeb achos</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say who the summary is for: it goes into the audit trail.</source>
        <translation>Dywedwch i bwy y mae&apos;r crynodeb: mae&apos;n mynd i&apos;r llwybr archwilio.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Dewiswch ble i gadw&apos;r PDF.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Wedi&apos;i gadw yn %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Discard what you typed here?</source>
        <translation>Gwaredu&apos;r hyn a deipiwyd gennych yma?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Parhau i &amp;olygu</translation>
    </message>
    <message>
        <source>The disk is full, so the PDF was not saved. Free some space and save again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chadwyd y PDF. Rhyddhewch rywfaint o le a&apos;i gadw eto.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1. Choose another folder and save again.</source>
        <translation>Nid oedd modd cadw&apos;r PDF yn %1. Dewiswch ffolder arall a&apos;i gadw eto.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Newid rôl</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Defnyddiwr:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Rôl newydd</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Newid rôl</translation>
    </message>
</context>
<context>
    <name>ClosureRequestDialog</name>
    <message>
        <source>Request closure of %1</source>
        <translation>Gofyn am gau %1</translation>
    </message>
    <message>
        <source>A coordinator approves the closure; the closure date is the day they approve it.</source>
        <translation>Mae cydlynydd yn cymeradwyo&apos;r cau; y dyddiad cau yw&apos;r diwrnod y mae&apos;n ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Completion status</source>
        <translation>Statws cwblhau</translation>
    </message>
    <message>
        <source>Completion &amp;status:</source>
        <translation>&amp;Statws cwblhau:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nodyn (dewisol):</translation>
    </message>
    <message>
        <source>&amp;Request closure</source>
        <translation>&amp;Gofyn am gau</translation>
    </message>
    <message>
        <source>Choose the completion status.</source>
        <translation>Dewiswch y statws cwblhau.</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Rhyngrywiol</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Mae&apos;n well gennyf beidio â dweud</translation>
    </message>
    <message>
        <source>Asian or Asian British: Bangladeshi</source>
        <translation>Asiaidd neu Asiaidd Prydeinig: Bangladeshaidd</translation>
    </message>
    <message>
        <source>Asian or Asian British: Chinese</source>
        <translation>Asiaidd neu Asiaidd Prydeinig: Tsieineaidd</translation>
    </message>
    <message>
        <source>Asian or Asian British: Indian</source>
        <translation>Asiaidd neu Asiaidd Prydeinig: Indiaidd</translation>
    </message>
    <message>
        <source>Asian or Asian British: Pakistani</source>
        <translation>Asiaidd neu Asiaidd Prydeinig: Pacistanaidd</translation>
    </message>
    <message>
        <source>Asian or Asian British: any other Asian background</source>
        <translation>Asiaidd neu Asiaidd Prydeinig: unrhyw gefndir Asiaidd arall</translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African: African</source>
        <translation>Du, Du Prydeinig, Caribïaidd neu Affricanaidd: Affricanaidd</translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African: Caribbean</source>
        <translation>Du, Du Prydeinig, Caribïaidd neu Affricanaidd: Caribïaidd</translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African: any other Black background</source>
        <translation>Du, Du Prydeinig, Caribïaidd neu Affricanaidd: unrhyw gefndir Du arall</translation>
    </message>
    <message>
        <source>Mixed or multiple: White and Asian</source>
        <translation>Cymysg neu aml-ethnig: Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <source>Mixed or multiple: White and Black African</source>
        <translation>Cymysg neu aml-ethnig: Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <source>Mixed or multiple: White and Black Caribbean</source>
        <translation>Cymysg neu aml-ethnig: Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <source>Mixed or multiple: any other Mixed background</source>
        <translation>Cymysg neu aml-ethnig: unrhyw gefndir Cymysg arall</translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>Gwyn: Cymreig, Seisnig, Albanaidd, Gwyddelig Gogleddol neu Brydeinig</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation>Gwyn: Gwyddelig</translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>Gwyn: Sipsi neu Deithiwr Gwyddelig</translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation>Gwyn: Roma</translation>
    </message>
    <message>
        <source>White: any other White background</source>
        <translation>Gwyn: unrhyw gefndir Gwyn arall</translation>
    </message>
    <message>
        <source>Other ethnic group: Arab</source>
        <translation>Grŵp ethnig arall: Arabaidd</translation>
    </message>
    <message>
        <source>Other ethnic group: any other ethnic group</source>
        <translation>Grŵp ethnig arall: unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>In school full time</source>
        <translation>Yn yr ysgol yn llawn amser</translation>
    </message>
    <message>
        <source>In school part time / reduced timetable</source>
        <translation>Yn yr ysgol yn rhan amser / amserlen lai</translation>
    </message>
    <message>
        <source>Alternative provision / PRU</source>
        <translation>Darpariaeth amgen / UCD</translation>
    </message>
    <message>
        <source>Elective home education</source>
        <translation>Addysg ddewisol yn y cartref</translation>
    </message>
    <message>
        <source>College or further education</source>
        <translation>Coleg neu addysg bellach</translation>
    </message>
    <message>
        <source>Training or apprenticeship</source>
        <translation>Hyfforddiant neu brentisiaeth</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Mewn gwaith</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Wedi&apos;i wahardd</translation>
    </message>
    <message>
        <source>Not in education, employment or training</source>
        <translation>Ddim mewn addysg, cyflogaeth na hyfforddiant</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Tad-cu neu fam-gu</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation>Gofalwr sy&apos;n perthyn</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Perthynas arall</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gweithiwr achos</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Archwilydd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation>Gofal cymdeithasol plant</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Youth offending team / youth justice service</source>
        <translation>Tîm troseddau ieuenctid / gwasanaeth cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Hunangyfeirio</translation>
    </message>
    <message>
        <source>Voluntary sector</source>
        <translation>Sector gwirfoddol</translation>
    </message>
    <message>
        <source>Community Resolution</source>
        <translation>Datrysiad Cymunedol</translation>
    </message>
    <message>
        <source>Outcome 22 (diversionary, educational or intervention activity)</source>
        <translation>Canlyniad 22 (gweithgaredd dargyfeirio, addysgol neu ymyrraeth)</translation>
    </message>
    <message>
        <source>Outcome 23 (deferred prosecution)</source>
        <translation>Canlyniad 23 (erlyniad gohiriedig)</translation>
    </message>
    <message>
        <source>Youth Caution</source>
        <translation>Rhybudd Ieuenctid</translation>
    </message>
    <message>
        <source>Youth Conditional Caution</source>
        <translation>Rhybudd Amodol Ieuenctid</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Dim camau pellach</translation>
    </message>
    <message>
        <source>Pre-charge / released under investigation</source>
        <translation>Cyn cyhuddo / wedi&apos;i ryddhau dan ymchwiliad</translation>
    </message>
    <message>
        <source>Voluntary interview</source>
        <translation>Cyfweliad gwirfoddol</translation>
    </message>
    <message>
        <source>Anti-social behaviour / civil measure</source>
        <translation>Ymddygiad gwrthgymdeithasol / mesur sifil</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Brysbennu</translation>
    </message>
    <message>
        <source>Prevention (no offence)</source>
        <translation>Atal (dim trosedd)</translation>
    </message>
    <message>
        <source>Violence against the person</source>
        <translation>Trais yn erbyn y person</translation>
    </message>
    <message>
        <source>Sexual offences</source>
        <translation>Troseddau rhywiol</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Lladrad</translation>
    </message>
    <message>
        <source>Theft and handling (including shoplifting)</source>
        <translation>Dwyn a thrin nwyddau (gan gynnwys dwyn o siopau)</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Byrgleriaeth</translation>
    </message>
    <message>
        <source>Criminal damage</source>
        <translation>Difrod troseddol</translation>
    </message>
    <message>
        <source>Drug offences</source>
        <translation>Troseddau cyffuriau</translation>
    </message>
    <message>
        <source>Possession of weapons</source>
        <translation>Meddu ar arfau</translation>
    </message>
    <message>
        <source>Public order offences</source>
        <translation>Troseddau trefn gyhoeddus</translation>
    </message>
    <message>
        <source>Vehicle offences</source>
        <translation>Troseddau cerbydau</translation>
    </message>
    <message>
        <source>Fraud and forgery</source>
        <translation>Twyll a ffugio</translation>
    </message>
    <message>
        <source>Arson</source>
        <translation>Llosgi bwriadol</translation>
    </message>
    <message>
        <source>Anti-social behaviour</source>
        <translation>Ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
        <source>Online harm (including image sharing)</source>
        <translation>Niwed ar-lein (gan gynnwys rhannu delweddau)</translation>
    </message>
    <message>
        <source>Other offence or behaviour</source>
        <translation>Trosedd neu ymddygiad arall</translation>
    </message>
    <message>
        <source>None (prevention referral)</source>
        <translation>Dim (atgyfeiriad atal)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Not yet asked</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Wedi&apos;i dderbyn</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Signposted</source>
        <translation>Wedi&apos;i gyfeirio ymlaen</translation>
    </message>
    <message>
        <source>Previously diverted</source>
        <translation>Wedi&apos;i ddargyfeirio o&apos;r blaen</translation>
    </message>
    <message>
        <source>Young person declined</source>
        <translation>Gwrthododd y person ifanc</translation>
    </message>
    <message>
        <source>Parent or carer declined</source>
        <translation>Gwrthododd y rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>Ineligible offence or route</source>
        <translation>Trosedd neu lwybr anghymwys</translation>
    </message>
    <message>
        <source>Outside the age range</source>
        <translation>Y tu allan i&apos;r ystod oedran</translation>
    </message>
    <message>
        <source>Outside the time window</source>
        <translation>Y tu allan i&apos;r cyfnod amser</translation>
    </message>
    <message>
        <source>Excluded by status (e.g. statutory order)</source>
        <translation>Wedi&apos;i eithrio oherwydd statws (e.e. gorchymyn statudol)</translation>
    </message>
    <message>
        <source>Programme full or unavailable</source>
        <translation>Rhaglen yn llawn neu ddim ar gael</translation>
    </message>
    <message>
        <source>Moved out of area</source>
        <translation>Wedi symud o&apos;r ardal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wedi dod i law</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sgrinio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Cais i gau</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wedi&apos;i ailagor</translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation>Dechrau sgrinio</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Signpost</source>
        <translation>Cyfeirio ymlaen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Mark active</source>
        <translation>Nodi ei fod yn weithredol</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Gofyn am gau</translation>
    </message>
    <message>
        <source>Approve closure</source>
        <translation>Cymeradwyo cau</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Anfon yn ôl</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ailagor</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Yn rhedeg</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi cyrraedd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Wedi&apos;i fethu</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation>Cyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Ychwanegu cy&amp;swllt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Tynnu cyswllt</translation>
    </message>
    <message>
        <source>Remove selected contact</source>
        <translation>Tynnu&apos;r cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <source>Type or press F2 to choose</source>
        <translation>Teipiwch neu pwyswch F2 i ddewis</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Figures for the last twelve months</source>
        <translation>Ffigurau am y deuddeg mis diwethaf</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Referrals this month</source>
        <translation>Atgyfeiriadau’r mis hwn</translation>
    </message>
    <message>
        <source>First contact within limit</source>
        <translation>Cyswllt cyntaf o fewn y terfyn</translation>
    </message>
    <message>
        <source>Repeat referrals share</source>
        <translation>Cyfran atgyfeiriadau dro ar ôl tro</translation>
    </message>
    <message>
        <source>Reoffending, latest measured cohort</source>
        <translation>Aildroseddu, y garfan fesuredig ddiweddaraf</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Yn darllen y ffigurau…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refresh f&amp;igures</source>
        <translation>Adnewyddu’r ff&amp;igurau</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Type the date as day/month/year, for example 23/04/2011.</source>
        <translation>Teipiwch y dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 23/04/2011.</translation>
    </message>
    <message>
        <source>No date was typed.</source>
        <translation>Ni theipiwyd dyddiad.</translation>
    </message>
    <message>
        <source>Use only digits and / . or - between day, month and year.</source>
        <translation>Defnyddiwch ddigidau yn unig, a / . neu - rhwng y diwrnod, y mis a&apos;r flwyddyn.</translation>
    </message>
    <message>
        <source>Put / between day, month and year, for example 07/03/2011.</source>
        <translation>Rhowch / rhwng y diwrnod, y mis a&apos;r flwyddyn, er enghraifft 07/03/2011.</translation>
    </message>
    <message>
        <source>Use the same separator twice, for example 07/03/2011.</source>
        <translation>Defnyddiwch yr un gwahanydd ddwywaith, er enghraifft 07/03/2011.</translation>
    </message>
    <message>
        <source>Type a day, a month and a year.</source>
        <translation>Teipiwch ddiwrnod, mis a blwyddyn.</translation>
    </message>
    <message>
        <source>The day, month or year is missing.</source>
        <translation>Mae&apos;r diwrnod, y mis neu&apos;r flwyddyn ar goll.</translation>
    </message>
    <message>
        <source>Type the year in full (four digits), for example 2011.</source>
        <translation>Teipiwch y flwyddyn yn llawn (pedwar digid), er enghraifft 2011.</translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation>Rhaid i&apos;r flwyddyn fod â phedwar digid.</translation>
    </message>
    <message>
        <source>The day and month have at most two digits.</source>
        <translation>Mae gan y diwrnod a&apos;r mis ddau ddigid ar y mwyaf.</translation>
    </message>
    <message>
        <source>A date that starts with the year must be written yyyy-mm-dd.</source>
        <translation>Rhaid ysgrifennu dyddiad sy&apos;n dechrau gyda&apos;r flwyddyn fel bbbb-mm-dd.</translation>
    </message>
    <message>
        <source>There is no such month. Dates are day first: dd/mm/yyyy.</source>
        <translation>Does dim mis o&apos;r fath. Mae&apos;r diwrnod yn dod gyntaf mewn dyddiad: dd/mm/bbbb.</translation>
    </message>
    <message>
        <source>That day does not exist in that month.</source>
        <translation>Nid yw&apos;r diwrnod hwnnw&apos;n bodoli yn y mis hwnnw.</translation>
    </message>
    <message>
        <source>The year is out of range.</source>
        <translation>Mae&apos;r flwyddyn y tu allan i&apos;r ystod.</translation>
    </message>
    <message>
        <source>Not a date. Type it as dd/mm/yyyy.</source>
        <translation>Nid yw hwn yn ddyddiad. Teipiwch ef fel dd/mm/bbbb.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Decision — %1</source>
        <translation>Penderfyniad — %1</translation>
    </message>
    <message>
        <source>Record the decision on this referral. When diversion is not offered, choose the reason.</source>
        <translation>Cofnodwch y penderfyniad ar yr atgyfeiriad hwn. Pan na chynigir dargyfeirio, dewiswch y rheswm.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Penderfyniad:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Dewiswch benderfyniad.</translation>
    </message>
    <message>
        <source>Choose the reason diversion is not offered.</source>
        <translation>Dewiswch y rheswm pam na chynigir dargyfeirio.</translation>
    </message>
</context>
<context>
    <name>FirstContactDialog</name>
    <message>
        <source>Record first contact</source>
        <translation>Cofnodi&apos;r cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Date of first contact</source>
        <translation>Dyddiad y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>&amp;Date of first contact:</source>
        <translation>&amp;Dyddiad y cyswllt cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <source>Enter the date of first contact.</source>
        <translation>Rhowch ddyddiad y cyswllt cyntaf.</translation>
    </message>
</context>
<context>
    <name>FirstRunCreatePage</name>
    <message>
        <source>Create a new casebook</source>
        <translation>Creu llyfr achosion newydd</translation>
    </message>
    <message>
        <source>Choose where the casebook file lives and set up the first coordinator&apos;s account.</source>
        <translation>Dewiswch ble bydd ffeil y llyfr achosion yn cael ei chadw, a chrëwch gyfrif y cydlynydd cyntaf.</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Ffeil y llyfr achosion</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose where to save the casebook</source>
        <translation>Dewis ble i gadw&apos;r llyfr achosion</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>A key file (.keys) is kept beside it. Back up both together.</source>
        <translation>Mae ffeil allweddi (.keys) yn cael ei chadw wrth ei hochr. Gwnewch gopi wrth gefn o&apos;r ddwy gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>UK division</source>
        <translation>Rhanbarth y DU</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>Decides which bank holidays are left out when time limits are counted in working days.</source>
        <translation>Mae&apos;n penderfynu pa wyliau banc sy&apos;n cael eu hepgor wrth gyfrif terfynau amser mewn diwrnodau gwaith.</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>&amp;Rhanbarth:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s user name</source>
        <translation>Enw defnyddiwr y cydlynydd</translation>
    </message>
    <message>
        <source>e.g. asmith</source>
        <translation>e.e. asmith</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s full name</source>
        <translation>Enw llawn y cydlynydd</translation>
    </message>
    <message>
        <source>e.g. Alex Smith</source>
        <translation>e.e. Alex Smith</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Cyfrinair eto</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Cyfrinair &amp;eto:</translation>
    </message>
    <message>
        <source>Password rule</source>
        <translation>Rheol y cyfrinair</translation>
    </message>
    <message>
        <source>A file called %1 already exists. Choose another name, or go back and open it instead.</source>
        <translation>Mae ffeil o&apos;r enw %1 yn bodoli&apos;n barod. Dewiswch enw arall, neu ewch yn ôl a&apos;i hagor hi yn lle hynny.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another place.</source>
        <translation>Nid oes modd creu&apos;r ffolder %1. Dewiswch le arall.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters. A short sentence is easy to remember.</source>
        <translation>Mae angen o leiaf %1 nod yn y cyfrinair. Mae brawddeg fer yn hawdd i&apos;w chofio.</translation>
    </message>
    <message>
        <source>Choose another user name: 2 to 64 letters (a–z), digits, dots, hyphens or underscores.</source>
        <translation>Dewiswch enw defnyddiwr arall: 2 i 64 o lythrennau (a–z), digidau, atalnodau llawn, cysylltnodau neu danlinellau.</translation>
    </message>
    <message>
        <source>Choose another password: this one is too common or contains the user name.</source>
        <translation>Dewiswch gyfrinair arall: mae hwn yn rhy gyffredin neu&apos;n cynnwys yr enw defnyddiwr.</translation>
    </message>
    <message>
        <source>New casebook</source>
        <translation>Llyfr achosion newydd</translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark)</source>
        <translation>Llyfrau achosion Waymark (*.waymark)</translation>
    </message>
</context>
<context>
    <name>FirstRunOpenPage</name>
    <message>
        <source>Open an existing casebook</source>
        <translation>Agor llyfr achosion sy’n bodoli</translation>
    </message>
    <message>
        <source>Choose the casebook file. You sign in on the next screen.</source>
        <translation>Dewiswch ffeil y llyfr achosion. Byddwch chi&apos;n mewngofnodi ar y sgrin nesaf.</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Ffeil y llyfr achosion</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose a casebook file</source>
        <translation>Dewis ffeil llyfr achosion</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>The key file (.keys) must be in the same folder.</source>
        <translation>Rhaid i&apos;r ffeil allweddi (.keys) fod yn yr un ffolder.</translation>
    </message>
    <message>
        <source>Open casebook</source>
        <translation>Agor llyfr achosion</translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark);;All files (*)</source>
        <translation>Llyfrau achosion Waymark (*.waymark);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Does dim ffeil yn %1.</translation>
    </message>
</context>
<context>
    <name>FirstRunStartPage</name>
    <message>
        <source>Welcome to Waymark</source>
        <translation>Croeso i Waymark</translation>
    </message>
    <message>
        <source>One encrypted casebook file holds your scheme&apos;s records.</source>
        <translation>Mae un ffeil llyfr achosion wedi&apos;i hamgryptio yn dal cofnodion eich cynllun.</translation>
    </message>
    <message>
        <source>&amp;Create a new casebook</source>
        <translation>&amp;Creu llyfr achosion newydd</translation>
    </message>
    <message>
        <source>Create a new casebook</source>
        <translation>Creu llyfr achosion newydd</translation>
    </message>
    <message>
        <source>Start a scheme&apos;s records. You become its first coordinator.</source>
        <translation>Dechrau cofnodion cynllun. Chi fydd ei gydlynydd cyntaf.</translation>
    </message>
    <message>
        <source>&amp;Open an existing casebook</source>
        <translation>&amp;Agor llyfr achosion sy’n bodoli</translation>
    </message>
    <message>
        <source>Open an existing casebook</source>
        <translation>Agor llyfr achosion sy’n bodoli</translation>
    </message>
    <message>
        <source>Your coordinator gave you a casebook file and a user name.</source>
        <translation>Rhoddodd eich cydlynydd ffeil llyfr achosion ac enw defnyddiwr i chi.</translation>
    </message>
    <message>
        <source>&amp;Try a demo casebook</source>
        <translation>&amp;Rhoi cynnig ar lyfr achosion enghreifftiol</translation>
    </message>
    <message>
        <source>Try a demo casebook</source>
        <translation>Rhoi cynnig ar lyfr achosion enghreifftiol</translation>
    </message>
    <message>
        <source>Look around with made-up young people before you start.</source>
        <translation>Edrychwch o gwmpas gyda phobl ifanc ffug cyn i chi ddechrau.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>A&amp;dfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>The laptop was lost, broke or was wiped, and a backup is all there is.</source>
        <translation>Aeth y gliniadur ar goll, torrodd neu cafodd ei glirio, a chopi wrth gefn yw&apos;r cyfan sydd ar ôl.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Welcome — Waymark</source>
        <translation>Croeso — Waymark</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Y tro cyntaf</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>Leave without restoring?</source>
        <translation>Gadael heb adfer?</translation>
    </message>
    <message>
        <source>What you typed on this page will be thrown away.</source>
        <translation>Bydd yr hyn a deipiwyd gennych ar y dudalen hon yn cael ei daflu.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>Dal i &amp;deipio</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation>Ychwanegu dilyniant</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Answers the &amp;check:</source>
        <translation>Yn ateb y &amp;gwiriad:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>Outcome da&amp;te:</source>
        <translation>Dyddiad y can&amp;lyniad:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nodyn (dewisol):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Offence &amp;date:</source>
        <translation>&amp;Dyddiad y drosedd:</translation>
    </message>
    <message>
        <source>Contact &amp;date:</source>
        <translation>&amp;Dyddiad y cyswllt:</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Rhowch y dyddiad.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
    <message>
        <source>Matched person</source>
        <translation>Person cyfatebol</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemau</translation>
    </message>
    <message>
        <source>Import referrals</source>
        <translation>Mewnforio atgyfeiriadau</translation>
    </message>
    <message>
        <source>Import a referral list (a CSV file from a police force or a school). Check the file first: every row&apos;s result is listed and nothing is written until you import.</source>
        <translation>Mewnforio rhestr atgyfeiriadau (ffeil CSV gan heddlu neu ysgol). Gwiriwch y ffeil yn gyntaf: mae canlyniad pob rhes wedi&apos;i restru ac nid oes dim yn cael ei ysgrifennu nes i chi fewnforio.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Anfonwyd gan</translation>
    </message>
    <message>
        <source>Who sent the file, e.g. police or a force&apos;s name: its saved column layout is used.</source>
        <translation>Pwy a anfonodd y ffeil, e.e. police neu enw heddlu: defnyddir ei gynllun colofnau a gadwyd.</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Anfonwyd gan:</translation>
    </message>
    <message>
        <source>Import the valid rows and &amp;leave out rows with problems</source>
        <translation>Mewnforio&apos;r rhesi dilys a ga&amp;dael rhesi â phroblemau allan</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>&amp;Gwirio&apos;r ffeil</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rhesi&apos;r ffeil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation>Rhestr atgyfeiriadau</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv);;Pob ffeil (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n rhes: </numerusform>
            <numerusform>%n rhes: </numerusform>
            <numerusform>%n rhes: </numerusform>
            <numerusform>%n rhes: </numerusform>
            <numerusform>%n rhes: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new people, %2 matched to people already here, %3 already imported, %4 with problems.</source>
        <translation>%1 o bobl newydd, %2 yn cyfateb i bobl sydd yma eisoes, %3 wedi&apos;u mewnforio eisoes, %4 â phroblemau.</translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation>Mewnforiwyd y ffeil hon o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Mewnforiwyd: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
            <numerusform>%n atgyfeiriad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n person newydd</numerusform>
            <numerusform>%n person newydd</numerusform>
            <numerusform>%n person newydd</numerusform>
            <numerusform>%n person newydd</numerusform>
            <numerusform>%n person newydd</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: some rows have problems. Correct them, or tick the box to leave them out.</source>
        <translation>Ni fewnforiwyd dim: mae gan rai rhesi broblemau. Cywirwch nhw, neu ticiwch y blwch i&apos;w gadael allan.</translation>
    </message>
    <message>
        <source>Rows with problems stop the import unless you leave them out.</source>
        <translation>Mae rhesi â phroblemau&apos;n atal y mewnforio oni bai eich bod yn eu gadael allan.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Looks like %n person(s) already here; check before importing.</source>
        <translation>
            <numerusform>Yn edrych fel %n person sydd yma eisoes; gwiriwch cyn mewnforio.</numerusform>
            <numerusform>Yn edrych fel %n person sydd yma eisoes; gwiriwch cyn mewnforio.</numerusform>
            <numerusform>Yn edrych fel %n person sydd yma eisoes; gwiriwch cyn mewnforio.</numerusform>
            <numerusform>Yn edrych fel %n person sydd yma eisoes; gwiriwch cyn mewnforio.</numerusform>
            <numerusform>Yn edrych fel %n person sydd yma eisoes; gwiriwch cyn mewnforio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same new person as line %1.</source>
        <translation>Yr un person newydd â llinell %1.</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colofn %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>Canslwyd y mewnforio. Ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New referral — who is referred?</source>
        <translation>Atgyfeiriad newydd — pwy sy&apos;n cael ei atgyfeirio?</translation>
    </message>
    <message>
        <source>Type the young person&apos;s details. Waymark lists anyone already in the casebook who may be them, with why; use that record, or create a new person.</source>
        <translation>Teipiwch fanylion y person ifanc. Mae Waymark yn rhestru unrhyw un sydd eisoes yn y llyfr achosion a allai fod yn nhw, a pham; defnyddiwch y cofnod hwnnw, neu crëwch berson newydd.</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Dyddiad ge&amp;ni:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Rhyw:</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>F&amp;ind matches</source>
        <translation>C&amp;hwilio am rai tebyg</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>Pobl a allai fod yr un person</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Why it may be them</source>
        <translation>Pam y gallai fod yn nhw</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Defnyddio&apos;r person hwn</translation>
    </message>
    <message>
        <source>&amp;Create new person</source>
        <translation>Creu person ne&amp;wydd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>y dyddiad geni</translation>
    </message>
    <message>
        <source>Type at least a name.</source>
        <translation>Teipiwch enw o leiaf.</translation>
    </message>
    <message>
        <source>No one in the casebook looks like this person. Create a new person.</source>
        <translation>Does neb yn y llyfr achosion yn edrych fel y person hwn. Crëwch berson newydd.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the casebook may be this young person. Choose one and use their record, or create a new person.</source>
        <translation>
            <numerusform>Gallai %n person yn y llyfr achosion fod y person ifanc hwn. Dewiswch un a defnyddio ei gofnod, neu crëwch berson newydd.</numerusform>
            <numerusform>Gallai %n person yn y llyfr achosion fod y person ifanc hwn. Dewiswch un a defnyddio ei gofnod, neu crëwch berson newydd.</numerusform>
            <numerusform>Gallai %n person yn y llyfr achosion fod y person ifanc hwn. Dewiswch un a defnyddio ei gofnod, neu crëwch berson newydd.</numerusform>
            <numerusform>Gallai %n person yn y llyfr achosion fod y person ifanc hwn. Dewiswch un a defnyddio ei gofnod, neu crëwch berson newydd.</numerusform>
            <numerusform>Gallai %n person yn y llyfr achosion fod y person ifanc hwn. Dewiswch un a defnyddio ei gofnod, neu crëwch berson newydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the people listed first: use one of them, or choose Create new person again.</source>
        <translation>Edrychwch ar y bobl a restrir yn gyntaf: defnyddiwch un ohonynt, neu dewiswch Creu person newydd eto.</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>yr enw cyntaf</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>y cyfenw</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>y rhyw</translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation>y cod post</translation>
    </message>
    <message>
        <source>A restricted record matches — ask your coordinator.</source>
        <translation>Mae cofnod cyfyngedig yn cyfateb — gofynnwch i&apos;ch cydlynydd.</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <source>Add an intervention</source>
        <translation>Ychwanegu ymyriad</translation>
    </message>
    <message>
        <source>Change an intervention</source>
        <translation>Newid ymyriad</translation>
    </message>
    <message>
        <source>Type of intervention</source>
        <translation>Math o ymyriad</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>The scheme itself (no provider)</source>
        <translation>Y cynllun ei hun (dim darparwr)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Darparwr:</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Dechrau arfaethedig</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>Dechrau a&amp;rfaethedig:</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Diwedd arfaethedig</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Diwedd ar&amp;faethedig:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Referred to the provider on</source>
        <translation>Atgyfeiriwyd at y darparwr ar</translation>
    </message>
    <message>
        <source>&amp;Referred to provider on:</source>
        <translation>Atgyfeiriwyd at y darparwr a&amp;r:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nodyn canlyniad</translation>
    </message>
    <message>
        <source>Outcome &amp;note:</source>
        <translation>&amp;Nodyn canlyniad:</translation>
    </message>
    <message>
        <source>Referred without recorded consent. Reason given: %1</source>
        <translation>Atgyfeiriwyd heb gydsyniad wedi&apos;i gofnodi. Y rheswm a roddwyd: %1</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Cydsyniad i rannu</translation>
    </message>
    <message>
        <source>Reason to refer without recorded consent</source>
        <translation>Rheswm dros atgyfeirio heb gydsyniad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Reason to o&amp;verride:</source>
        <translation>Rheswm dros &amp;ddiystyru:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Add intervention</source>
        <translation>&amp;Ychwanegu ymyriad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Give a reason to refer without recorded consent, or record consent on the referral first.</source>
        <translation>Rhowch reswm dros atgyfeirio heb gydsyniad wedi&apos;i gofnodi, neu cofnodwch gydsyniad ar yr atgyfeiriad yn gyntaf.</translation>
    </message>
    <message>
        <source>The young person cannot be referred to this provider until consent to share is recorded on the referral.</source>
        <translation>Ni ellir atgyfeirio&apos;r person ifanc at y darparwr hwn nes bod cydsyniad i rannu wedi&apos;i gofnodi ar yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>the planned end</source>
        <translation>y diwedd arfaethedig</translation>
    </message>
    <message>
        <source>the date of the referral to the provider</source>
        <translation>dyddiad yr atgyfeiriad at y darparwr</translation>
    </message>
    <message>
        <source>the outcome note</source>
        <translation>y nodyn canlyniad</translation>
    </message>
    <message>
        <source>the reason to override</source>
        <translation>y rheswm dros ddiystyru</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Rhagosodiad y system</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Synthetic demo data — not real people</source>
        <translation>Data enghreifftiol synthetig — nid pobl go iawn</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>Hysbysiad data enghreifftiol</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Wedi mewngofnodi fel %1 (%2)</translation>
    </message>
    <message>
        <source>Casebook: %1</source>
        <translation>Llyfr achosion: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>Person &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Dod o hyd i berson</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;Ynghylch Waymark</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Pobl: %1</translation>
    </message>
    <message>
        <source>Your unsaved changes to a record were saved before locking.</source>
        <translation>Cafodd eich newidiadau heb eu cadw i gofnod eu cadw cyn cloi.</translation>
    </message>
    <message>
        <source>Your unsaved changes to a record were incomplete and could not be saved before locking.</source>
        <translation>Roedd eich newidiadau heb eu cadw i gofnod yn anghyflawn ac nid oedd modd eu cadw cyn cloi.</translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <comment>window title: casebook file name</comment>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <source>Your unsaved changes to a record could not be saved yet. They are kept, encrypted, in this casebook and offered back when you unlock.</source>
        <translation>Nid oedd modd cadw eich newidiadau i gofnod eto. Maen nhw wedi&apos;u cadw, wedi&apos;u hamgryptio, yn y llyfr achosion hwn a byddant yn cael eu cynnig yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Your unsaved changes to a record could not be saved yet (please check %1). They are kept, encrypted, in this casebook and offered back when you unlock.</source>
        <translation>Nid oedd modd cadw eich newidiadau i gofnod eto (gwiriwch %1). Maen nhw wedi&apos;u cadw, wedi&apos;u hamgryptio, yn y llyfr achosion hwn a byddant yn cael eu cynnig yn ôl pan fyddwch yn datgloi.</translation>
    </message>
    <message>
        <source>Unsaved changes — Waymark</source>
        <translation>Newidiadau heb eu cadw — Waymark</translation>
    </message>
    <message>
        <source>Restore your unsaved changes to a new person?</source>
        <translation>Adfer eich newidiadau heb eu cadw i berson newydd?</translation>
    </message>
    <message>
        <source>Restore your unsaved new person, %1?</source>
        <translation>Adfer eich person newydd heb ei gadw, %1?</translation>
    </message>
    <message>
        <source>Restore your unsaved changes to %1?</source>
        <translation>Adfer eich newidiadau heb eu cadw i %1?</translation>
    </message>
    <message>
        <source>They were kept when the casebook locked, before they could be saved.</source>
        <translation>Cawsant eu cadw pan gloiodd y llyfr achosion, cyn bod modd eu cadw yn y cofnod.</translation>
    </message>
    <message>
        <source>They were kept when the casebook locked. Please check %1 before saving.</source>
        <translation>Cawsant eu cadw pan gloiodd y llyfr achosion. Gwiriwch %1 cyn cadw.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Gwaredu</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nid nawr</translation>
    </message>
    <message>
        <source>&amp;Open casebook…</source>
        <translation>&amp;Agor llyfr achosion…</translation>
    </message>
    <message>
        <source>&amp;Recent casebooks</source>
        <translation>Llyfrau achosion &amp;diweddar</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Open casebook</source>
        <translation>Agor llyfr achosion</translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark)</source>
        <translation>Llyfrau achosion Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Fy ngwaith</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>My work (Ctrl+1)</source>
        <translation>Fy ngwaith (Ctrl+1)</translation>
    </message>
    <message>
        <source>People (Ctrl+2)</source>
        <translation>Pobl (Ctrl+2)</translation>
    </message>
    <message>
        <source>Referrals (Ctrl+3)</source>
        <translation>Atgyfeiriadau (Ctrl+3)</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Atgyfeiriad n&amp;ewydd…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>Fy n&amp;gwaith</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>&amp;Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Restore your unsaved new referral?</source>
        <translation>Adfer eich atgyfeiriad newydd heb ei gadw?</translation>
    </message>
    <message>
        <source>Restore your unsaved changes to a referral?</source>
        <translation>Adfer eich newidiadau heb eu cadw i atgyfeiriad?</translation>
    </message>
    <message>
        <source>&amp;Import referrals…</source>
        <translation>&amp;Mewnforio atgyfeiriadau…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copïau wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Darparwyr…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Allforio calendr…</translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation>Chwilio &amp;nodiadau…</translation>
    </message>
    <message>
        <source>A backup is being made. Wait for it to finish, then close the casebook.</source>
        <translation>Mae copi wrth gefn yn cael ei wneud. Arhoswch iddo orffen, yna caewch y llyfr achosion.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Reports (Ctrl+4)</source>
        <translation>Adroddiadau (Ctrl+4)</translation>
    </message>
    <message>
        <source>Report&amp;s</source>
        <translation>Adroddia&amp;dau</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>other names (aliases)</source>
        <translation>enwau eraill (aliasau)</translation>
    </message>
    <message>
        <source>parents, guardians and contacts</source>
        <translation>rhieni, gwarcheidwaid a chysylltiadau</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>atgyfeiriadau</translation>
    </message>
    <message>
        <source>referral history entries</source>
        <translation>cofnodion hanes atgyfeirio</translation>
    </message>
    <message>
        <source>unsaved forms</source>
        <translation>ffurflenni heb eu cadw</translation>
    </message>
    <message>
        <source>%1 (%2), born %3</source>
        <translation>%1 (%2), ganed %3</translation>
    </message>
    <message>
        <source>Merge records — %1</source>
        <translation>Cyfuno cofnodion — %1</translation>
    </message>
    <message>
        <source>Find the other record of %1. It is merged into this one: everything it holds moves here, its names become aliases, and it stays only as a pointer to this record.</source>
        <translation>Dewch o hyd i gofnod arall %1. Caiff ei gyfuno â&apos;r un hwn: mae popeth sydd ynddo&apos;n symud yma, mae ei enwau&apos;n dod yn aliasau, ac mae&apos;n aros fel pwyntydd i&apos;r cofnod hwn yn unig.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chwilio am:</translation>
    </message>
    <message>
        <source>Find the other record</source>
        <translation>Dod o hyd i&apos;r cofnod arall</translation>
    </message>
    <message>
        <source>Name, case reference, postcode or date of birth</source>
        <translation>Enw, cyfeirnod achos, cod post neu ddyddiad geni</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Chwi&amp;lio</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Cofnodion a ganfuwyd</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>What the merge would do</source>
        <translation>Beth fyddai&apos;r cyfuno&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Choose a record to see what the merge would do.</source>
        <translation>Dewiswch gofnod i weld beth fyddai&apos;r cyfuno&apos;n ei wneud.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Merge into this record</source>
        <translation>C&amp;yfuno â&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>No other record matches “%1”.</source>
        <translation>Nid oes cofnod arall yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is merged into &lt;b&gt;%2&lt;/b&gt;, which stays.</source>
        <translation>Caiff &lt;b&gt;%1&lt;/b&gt; ei gyfuno â &lt;b&gt;%2&lt;/b&gt;, sy&apos;n aros.</translation>
    </message>
    <message>
        <source>Nothing else is recorded against it, so nothing moves.</source>
        <translation>Does dim byd arall wedi&apos;i gofnodi yn ei erbyn, felly does dim yn symud.</translation>
    </message>
    <message>
        <source>These move to the record that stays:</source>
        <translation>Mae&apos;r rhain yn symud i&apos;r cofnod sy&apos;n aros:</translation>
    </message>
    <message>
        <source>New aliases: %1</source>
        <translation>Aliasau newydd: %1</translation>
    </message>
    <message>
        <source>Filled in from the other record: %1</source>
        <translation>Wedi&apos;u llenwi o&apos;r cofnod arall: %1</translation>
    </message>
    <message>
        <source>Different in the two records (the one that stays keeps its own): %1</source>
        <translation>Yn wahanol yn y ddau gofnod (mae&apos;r un sy&apos;n aros yn cadw ei werth ei hun): %1</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>My work</source>
        <translation>Fy ngwaith</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Awaiting screening</source>
        <translation>Yn aros i gael eu sgrinio</translation>
    </message>
    <message>
        <source>Decisions due</source>
        <translation>Penderfyniadau i ddod</translation>
    </message>
    <message>
        <source>Decisions overdue</source>
        <translation>Penderfyniadau hwyr</translation>
    </message>
    <message>
        <source>First contacts due</source>
        <translation>Cysylltiadau cyntaf i ddod</translation>
    </message>
    <message>
        <source>First contacts overdue</source>
        <translation>Cysylltiadau cyntaf hwyr</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Heb eu dyrannu</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Dim byd yma.</translation>
    </message>
    <message>
        <source>Counts per caseworker</source>
        <translation>Niferoedd fesul gweithiwr achos</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Contacts due</source>
        <translation>Cysylltiadau i ddod</translation>
    </message>
    <message>
        <source>Contacts overdue</source>
        <translation>Cysylltiadau hwyr</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Decisions due and overdue</source>
        <translation>Penderfyniadau i ddod a rhai hwyr</translation>
    </message>
    <message>
        <source>&amp;Decisions due and overdue</source>
        <translation>&amp;Penderfyniadau i ddod a rhai hwyr</translation>
    </message>
    <message>
        <source>First contacts due and overdue</source>
        <translation>Cysylltiadau cyntaf i ddod a rhai hwyr</translation>
    </message>
    <message>
        <source>&amp;First contacts due and overdue</source>
        <translation>&amp;Cysylltiadau cyntaf i ddod a rhai hwyr</translation>
    </message>
    <message>
        <source>&amp;Awaiting screening</source>
        <translation>Yn aros i gael eu &amp;sgrinio</translation>
    </message>
    <message>
        <source>Unallocated referrals</source>
        <translation>Atgyfeiriadau heb eu dyrannu</translation>
    </message>
    <message>
        <source>&amp;Unallocated referrals</source>
        <translation>Atgyfeiriadau &amp;heb eu dyrannu</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>%1: %2, needs attention</source>
        <translation>%1: %2, angen sylw</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First contact is overdue.</source>
        <translation>Mae&apos;r cyswllt cyntaf yn hwyr.</translation>
    </message>
    <message>
        <source>The decision is overdue.</source>
        <translation>Mae&apos;r penderfyniad yn hwyr.</translation>
    </message>
    <message>
        <source>The whole team&apos;s referrals, as of %1.</source>
        <translation>Atgyfeiriadau&apos;r tîm cyfan, ar %1.</translation>
    </message>
    <message>
        <source>Referrals allocated to you, as of %1.</source>
        <translation>Atgyfeiriadau a ddyrannwyd i chi, ar %1.</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>Tasgau i’w gwneud</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tasgau hwyr</translation>
    </message>
    <message>
        <source>Tasks due and overdue</source>
        <translation>Tasgau i’w gwneud a thasgau hwyr</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Tas&amp;ks due and overdue</source>
        <translation>Tas&amp;gau i’w gwneud a thasgau hwyr</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>Tasg &amp;newydd…</translation>
    </message>
    <message>
        <source>This task is overdue.</source>
        <translation>Mae’r dasg hon yn hwyr.</translation>
    </message>
    <message>
        <source>Assessment due</source>
        <translation>Asesiad i’w wneud</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>Adolygiad cynllun i’w wneud</translation>
    </message>
    <message>
        <source>From the referral&apos;s clock: done when the work is recorded.</source>
        <translation>O gloc yr atgyfeiriad: wedi’i gwneud pan gofnodir y gwaith.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up check due (%1 months)</source>
        <translation>Gwiriad dilynol yn ddyledus (%1 mis)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Ysgrifennwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <source>Edited by %1 on %2.</source>
        <translation>Golygwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Nodyn achos</translation>
    </message>
    <message>
        <source>Edit case note</source>
        <translation>Golygu nodyn achos</translation>
    </message>
    <message>
        <source>New case note</source>
        <translation>Nodyn achos newydd</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>What happened, what was said, what comes next. Ctrl+Enter saves.</source>
        <translation>Beth ddigwyddodd, beth a ddywedwyd, beth sy&apos;n dod nesaf. Mae Ctrl+Enter yn cadw.</translation>
    </message>
    <message>
        <source>&amp;Sensitive: only I and coordinators can read it</source>
        <translation>&amp;Sensitif: dim ond fi a chydlynwyr sy&apos;n gallu ei ddarllen</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>Nodyn sensitif</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Statws y drafft</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Cadw nodyn</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Cadw&apos;r nodyn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;nslo</translation>
    </message>
    <message>
        <source>On referral %1</source>
        <translation>Ar atgyfeiriad %1</translation>
    </message>
    <message>
        <source>On the young person&apos;s record</source>
        <translation>Ar gofnod y person ifanc</translation>
    </message>
    <message>
        <source>On a referral</source>
        <translation>Ar atgyfeiriad</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>Nid oedd modd cadw&apos;r drafft: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Drafft wedi’i gadw %1</translation>
    </message>
    <message>
        <source>Restored from your unsaved draft.</source>
        <translation>Wedi&apos;i adfer o&apos;ch drafft heb ei gadw.</translation>
    </message>
    <message>
        <source>Discard note</source>
        <translation>Gwaredu nodyn</translation>
    </message>
    <message>
        <source>The note you typed is not saved. Discard it?</source>
        <translation>Nid yw&apos;r nodyn a deipiwyd gennych wedi&apos;i gadw. Ei waredu?</translation>
    </message>
    <message>
        <source>&amp;Discard note</source>
        <translation>&amp;Gwaredu nodyn</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Dal i ysgrifennu</translation>
    </message>
    <message>
        <source>Unsaved note — Waymark</source>
        <translation>Nodyn heb ei gadw — Waymark</translation>
    </message>
    <message>
        <source>Restore the case note you were writing?</source>
        <translation>Adfer y nodyn achos roeddech chi&apos;n ei ysgrifennu?</translation>
    </message>
    <message>
        <source>Restore the case note you were writing on %1?</source>
        <translation>Adfer y nodyn achos roeddech chi&apos;n ei ysgrifennu ar %1?</translation>
    </message>
    <message>
        <source>It was kept, encrypted, before it could be saved (the casebook locked or Waymark stopped).</source>
        <translation>Cafodd ei gadw, wedi&apos;i amgryptio, cyn bod modd ei gadw yn y llyfr achosion (cloiodd y llyfr achosion neu stopiodd Waymark).</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Gwaredu</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nid nawr</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Chwilio nodiadau</translation>
    </message>
    <message>
        <source>&amp;Find notes with the words:</source>
        <translation>Dod o hyd i &amp;nodiadau sy&apos;n cynnwys y geiriau:</translation>
    </message>
    <message>
        <source>Words to find in notes</source>
        <translation>Geiriau i&apos;w chwilio mewn nodiadau</translation>
    </message>
    <message>
        <source>e.g. college interview, &quot;youth club&quot;, foot*</source>
        <translation>e.e. cyfweliad coleg, &quot;clwb ieuenctid&quot;, pêl*</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Nodiadau a ganfuwyd</translation>
    </message>
    <message>
        <source>&amp;Open note</source>
        <translation>&amp;Agor nodyn</translation>
    </message>
    <message>
        <source>Open &amp;referral</source>
        <translation>Agor &amp;atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Rhagor o ganlyniadau</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>golygwyd</translation>
    </message>
    <message>
        <source>No notes found.</source>
        <translation>Ni chanfuwyd unrhyw nodiadau.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n note(s) found.</source>
        <translation>
            <numerusform>Y %n nodyn mwyaf diweddar a ganfuwyd.</numerusform>
            <numerusform>Y %n nodyn mwyaf diweddar a ganfuwyd.</numerusform>
            <numerusform>Y %n nodyn mwyaf diweddar a ganfuwyd.</numerusform>
            <numerusform>Y %n nodyn mwyaf diweddar a ganfuwyd.</numerusform>
            <numerusform>Y %n nodyn mwyaf diweddar a ganfuwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found.</source>
        <translation>
            <numerusform>Canfuwyd %n nodyn.</numerusform>
            <numerusform>Canfuwyd %n nodyn.</numerusform>
            <numerusform>Canfuwyd %n nodyn.</numerusform>
            <numerusform>Canfuwyd %n nodyn.</numerusform>
            <numerusform>Canfuwyd %n nodyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Case notes</source>
        <translation>Nodiadau achos</translation>
    </message>
    <message>
        <source>&amp;Write a note…</source>
        <translation>&amp;Ysgrifennu nodyn…</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Ysgrifennu nodyn</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Fersiynau cynharach…</translation>
    </message>
    <message>
        <source>Earlier versions of the note</source>
        <translation>Fersiynau cynharach o&apos;r nodyn</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitif</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>golygwyd %1</translation>
    </message>
    <message>
        <source>A sensitive note by %1: only its author and coordinators can read it.</source>
        <translation>Nodyn sensitif gan %1: dim ond ei awdur a chydlynwyr sy&apos;n gallu ei ddarllen.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <source>Now (since %1, %2)</source>
        <translation>Nawr (ers %1, %2)</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Fersiwn %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Agor nodyn</translation>
    </message>
    <message>
        <source>Open the selected note (Enter in the list)</source>
        <translation>Agor y nodyn a ddewiswyd (Enter yn y rhestr)</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>Dangos nodiadau hŷn</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>Follow-up records</source>
        <translation>Cofnodion dilyniant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>&amp;Add follow-up…</source>
        <translation>&amp;Ychwanegu dilyniant…</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>D&amp;ilyniant</translation>
    </message>
    <message>
        <source>&amp;Save snapshot</source>
        <translation>&amp;Cadw’r ciplun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Outcomes of %1</source>
        <translation>Canlyniadau %1</translation>
    </message>
    <message>
        <source>Not closed.</source>
        <translation>Heb ei gau.</translation>
    </message>
    <message>
        <source>Closed on %1: %2.</source>
        <translation>Wedi cau ar %1: %2.</translation>
    </message>
    <message>
        <source>Reopened after a closure on %1.</source>
        <translation>Wedi&apos;i ailagor ar ôl cau ar %1.</translation>
    </message>
    <message>
        <source>Closure requested: %1. Awaiting a coordinator.</source>
        <translation>Gofynnwyd am gau: %1. Yn aros am gydlynydd.</translation>
    </message>
    <message>
        <source>Closure sent back: %1</source>
        <translation>Anfonwyd y cau yn ôl: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi’i wneud</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>i&apos;w wneud</translation>
    </message>
    <message>
        <source>Follow-up is recorded once the referral is closed.</source>
        <translation>Cofnodir dilyniant unwaith y bydd yr atgyfeiriad wedi cau.</translation>
    </message>
    <message>
        <source>%1: a yes here needs a yes at the step before it.</source>
        <translation>%1: mae ie yma angen ie yn y cam cyn hynny.</translation>
    </message>
    <message>
        <source>%1: from 0 to %2 hours.</source>
        <translation>%1: o 0 i %2 awr.</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Ailagor %1</translation>
    </message>
    <message>
        <source>Send back the closure of %1</source>
        <translation>Anfon cau %1 yn ôl</translation>
    </message>
    <message>
        <source>Why is this referral being reopened?</source>
        <translation>Pam mae&apos;r atgyfeiriad hwn yn cael ei ailagor?</translation>
    </message>
    <message>
        <source>What needs doing before it can close?</source>
        <translation>Beth sydd angen ei wneud cyn y gall gau?</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Ailagor</translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation>&amp;Anfon yn ôl</translation>
    </message>
    <message>
        <source>Approve the closure of %1</source>
        <translation>Cymeradwyo cau %1</translation>
    </message>
    <message>
        <source>Completion status: %1.
The closure date will be today, %2; follow-up checks fall due 3, 6 and 12 months later.</source>
        <translation>Statws cwblhau: %1.
Y dyddiad cau fydd heddiw, %2; bydd gwiriadau dilynol yn ddyledus 3, 6 a 12 mis yn ddiweddarach.</translation>
    </message>
    <message>
        <source>&amp;Approve closure</source>
        <translation>&amp;Cymeradwyo cau</translation>
    </message>
    <message>
        <source>Outco&amp;mes…</source>
        <translation>Canl&amp;yniadau…</translation>
    </message>
    <message>
        <source>Outcomes and follow-up</source>
        <translation>Canlyniadau a dilyniant</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>Di&amp;wedd</translation>
    </message>
</context>
<context>
    <name>OutcomeLabels</name>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Partially completed</source>
        <translation>Wedi&apos;i gwblhau&apos;n rhannol</translation>
    </message>
    <message>
        <source>Disengaged</source>
        <translation>Wedi ymddieithrio</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Escalated to statutory services</source>
        <translation>Wedi&apos;i uwchgyfeirio i wasanaethau statudol</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Re-contact</source>
        <translation>Ailgysylltu</translation>
    </message>
    <message>
        <source>Reoffence</source>
        <translation>Aildroseddu</translation>
    </message>
    <message>
        <source>3-month check</source>
        <translation>Gwiriad 3 mis</translation>
    </message>
    <message>
        <source>6-month check</source>
        <translation>Gwiriad 6 mis</translation>
    </message>
    <message>
        <source>12-month check</source>
        <translation>Gwiriad 12 mis</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Conviction</source>
        <translation>Euogfarn</translation>
    </message>
    <message>
        <source>Community resolution</source>
        <translation>Datrysiad cymunedol</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Suitable &amp;accommodation</source>
        <translation>&amp;Llety addas</translation>
    </message>
    <message>
        <source>Suitable &amp;education, training or work</source>
        <translation>&amp;Addysg, hyfforddiant neu waith addas</translation>
    </message>
    <message>
        <source>&amp;Hours a week in education, training or work</source>
        <translation>&amp;Oriau’r wythnos mewn addysg, hyfforddiant neu waith</translation>
    </message>
    <message>
        <source>SEND / ALN with a &amp;plan</source>
        <translation>ADY gyda &amp;chynllun</translation>
    </message>
    <message>
        <source>&amp;Mental health need</source>
        <translation>Angen &amp;iechyd meddwl</translation>
    </message>
    <message>
        <source>Mental health support offered</source>
        <translation>Cynigiwyd cymorth iechyd meddwl</translation>
    </message>
    <message>
        <source>Mental health support attending</source>
        <translation>Yn mynychu cymorth iechyd meddwl</translation>
    </message>
    <message>
        <source>Substance &amp;use need</source>
        <translation>Angen camddefnyddio &amp;sylweddau</translation>
    </message>
    <message>
        <source>Substance use support offered</source>
        <translation>Cynigiwyd cymorth sylweddau</translation>
    </message>
    <message>
        <source>Substance use support attending</source>
        <translation>Yn mynychu cymorth sylweddau</translation>
    </message>
    <message>
        <source>&amp;Victims contacted</source>
        <translation>Cysylltwyd â’r diodde&amp;fwyr</translation>
    </message>
    <message>
        <source>Victims consented</source>
        <translation>Rhoddodd y dioddefwyr ganiatâd</translation>
    </message>
    <message>
        <source>Engaged in restorative &amp;justice</source>
        <translation>Yn cymryd rhan mewn cyfiawnder adfe&amp;rol</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>SEN&amp;D / ALN</source>
        <translation>A&amp;DY</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Ailosod cyfrinair</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Dewiswch gyfrinair newydd</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Newid fy nghyfrinair</translation>
    </message>
    <message>
        <source>Set a new password for %1. Give it to them in person: they choose their own the next time they sign in.</source>
        <translation>Gosodwch gyfrinair newydd i %1. Rhowch ef iddynt wyneb yn wyneb: byddant yn dewis eu cyfrinair eu hunain y tro nesaf y byddant yn mewngofnodi.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Teipiwch eich cyfrinair presennol, yna&apos;r un newydd ddwywaith.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Cyfrinair presennol</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Cyfrinair &amp;presennol:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Cyfrinair newydd</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Cyfrinair ne&amp;wydd:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Cyfrinair newydd eto</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Cyfrinair newydd &amp;eto:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Ailosod cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Nid yw&apos;r cyfrinair presennol yn gywir.</translation>
    </message>
    <message>
        <source>Discard the password you typed?</source>
        <translation>Taflu&apos;r cyfrinair a deipiwyd gennych?</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Newid cyfrinair</translation>
    </message>
    <message>
        <source>A coordinator reset your password. Choose a new one of your own before you carry on. Lock closes the casebook until you sign in again.</source>
        <translation>Mae cydlynydd wedi ailosod eich cyfrinair. Dewiswch un newydd eich hun cyn parhau. Mae Cloi yn cau&apos;r llyfr achosion nes i chi fewngofnodi eto.</translation>
    </message>
</context>
<context>
    <name>PasswordMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Cryfder y cyfrinair</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>Teipiwch y cyfrinair newydd.</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Rhy fyr: %1 o&apos;r %2 nod sydd eu hangen o leiaf.</translation>
    </message>
    <message>
        <source>This is a commonly used password: choose another.</source>
        <translation>Mae hwn yn gyfrinair cyffredin: dewiswch un arall.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Rhaid i&apos;r cyfrinair beidio â chynnwys yr enw defnyddiwr.</translation>
    </message>
    <message>
        <source>This password would be easy to guess: add a word or two, or make it longer.</source>
        <translation>Byddai&apos;r cyfrinair hwn yn hawdd ei ddyfalu: ychwanegwch air neu ddau, neu ei wneud yn hirach.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <source>Met:</source>
        <translation>Wedi&apos;i fodloni:</translation>
    </message>
    <message>
        <source>Not met:</source>
        <translation>Heb ei fodloni:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>I&apos;w wneud:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>O leiaf %1 nod</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Nid yw&apos;n gyfrinair cyffredin</translation>
    </message>
    <message>
        <source>Does not contain the user name</source>
        <translation>Nid yw&apos;n cynnwys yr enw defnyddiwr</translation>
    </message>
    <message>
        <source>Not easy to guess</source>
        <translation>Ddim yn hawdd ei ddyfalu</translation>
    </message>
    <message>
        <source>Typed the same twice</source>
        <translation>Wedi&apos;i deipio&apos;r un fath ddwywaith</translation>
    </message>
    <message>
        <source>Strength: type a password</source>
        <translation>Cryfder: teipiwch gyfrinair</translation>
    </message>
    <message>
        <source>Strength: not allowed yet</source>
        <translation>Cryfder: heb ei ganiatáu eto</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Cryfder: cryf</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Cryfder: da</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Cryfder: gweddol</translation>
    </message>
</context>
<context>
    <name>PdfLabels</name>
    <message>
        <source>Case summary for panel</source>
        <translation>Crynodeb achos ar gyfer panel</translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE: prepared for %1 only. Do not copy or pass on.</source>
        <translation>SWYDDOGOL-SENSITIF: wedi&apos;i baratoi ar gyfer %1 yn unig. Peidiwch â&apos;i gopïo na&apos;i drosglwyddo.</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(amcangyfrif)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Current referral</source>
        <translation>Atgyfeiriad presennol</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Offence category</source>
        <translation>Categori trosedd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wedi dod i law</translation>
    </message>
    <message>
        <source>Offence date</source>
        <translation>Dyddiad y drosedd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gweithiwr achos</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>No referral.</source>
        <translation>Dim atgyfeiriad.</translation>
    </message>
    <message>
        <source>Latest assessment</source>
        <translation>Asesiad diweddaraf</translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation>Aseswyd ar %1</translation>
    </message>
    <message>
        <source>Assessed on %1, compared with %2</source>
        <translation>Aseswyd ar %1, o&apos;i gymharu â %2</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Heb ei asesu eto.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Total change %1 (negative: less concern)</source>
        <translation>Cyfanswm y newid %1 (negyddol: llai o bryder)</translation>
    </message>
    <message>
        <source>Plan interventions</source>
        <translation>Ymyriadau&apos;r cynllun</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyrraeth</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>The scheme</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>No interventions planned.</source>
        <translation>Dim ymyriadau wedi&apos;u cynllunio.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Attended %1, did not attend %2, other %3</source>
        <translation>Wedi mynychu %1, heb fynychu %2, arall %3</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tasgau agored</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>yn ddyledus %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>yn hwyr ers %1</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Dim tasgau agored.</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 at %3</source>
        <translation>Wedi&apos;i baratoi ar gyfer %1 gan %2 am %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>O %1 i %2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Hidlwyr: %1</translation>
    </message>
    <message>
        <source>No filters</source>
        <translation>Dim hidlwyr</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>gweithiwr</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ffynhonnell</translation>
    </message>
    <message>
        <source>route</source>
        <translation>llwybr</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>darparwr</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>band oedran</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Cynhyrchwyd %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (parhad)</translation>
    </message>
    <message>
        <source>%1 marks a count from 1 to %2 (or a figure made from one), hidden so that no young person can be picked out.</source>
        <translation>Mae %1 yn dynodi cyfrif o 1 i %2 (neu ffigur a wnaed o un), wedi&apos;i guddio fel na ellir adnabod unrhyw berson ifanc.</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Dim rhesi.</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation>Cymorth Cynnar</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>Person ifanc sy&apos;n gadael gofal</translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation>AAAA/ADY</translation>
    </message>
    <message>
        <source>SEND/ALN plan (EHCP/IDP)</source>
        <translation>Cynllun AAAA/ADY (EHCP/CDU)</translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation>Pryder am gamfanteisio</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Cofnod cyfyngedig</translation>
    </message>
    <message>
        <source>Assessment due</source>
        <translation>Asesiad i’w wneud</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>Adolygiad cynllun i’w wneud</translation>
    </message>
    <message>
        <source>Follow-up check due (%1 months)</source>
        <translation>Gwiriad dilynol yn ddyledus (%1 mis)</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>LAC</source>
        <comment>looked-after child, short</comment>
        <translation>PDG</translation>
    </message>
    <message>
        <source>CP</source>
        <comment>child-protection plan, short</comment>
        <translation>AP</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <comment>exploitation concern, short</comment>
        <translation>Camfanteisio</translation>
    </message>
    <message>
        <source>SEND</source>
        <comment>special educational needs, short</comment>
        <translation>ADY</translation>
    </message>
    <message>
        <source>Restricted</source>
        <comment>restricted record, short</comment>
        <translation>Cyfyngedig</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation>Cymorth Cynnar</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>Person ifanc sy&apos;n gadael gofal</translation>
    </message>
    <message>
        <source>SEND/ALN with a plan</source>
        <translation>AAAA/ADY gyda chynllun</translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation>AAAA/ADY</translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation>Pryder am gamfanteisio</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Cofnod cyfyngedig</translation>
    </message>
    <message>
        <source>%1 (est.)</source>
        <comment>estimated date of birth</comment>
        <translation>%1 (amcan.)</translation>
    </message>
    <message>
        <source>The date of birth is estimated.</source>
        <translation>Amcangyfrif yw&apos;r dyddiad geni.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>CIN</source>
        <comment>child in need, short</comment>
        <translation>PMA</translation>
    </message>
    <message>
        <source>EH</source>
        <comment>Early Help, short</comment>
        <translation>CC</translation>
    </message>
    <message>
        <source>CL</source>
        <comment>care leaver, short</comment>
        <translation>GG</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Looked-after</source>
        <translation>Yn derbyn gofal</translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation>Pryder am gamfanteisio</translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation>AAAA/ADY</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Cyfyngedig</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>Person &amp;newydd</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
    <message>
        <source>Your role cannot add people.</source>
        <translation>Ni all eich rôl ychwanegu pobl.</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Rhestr pobl</translation>
    </message>
    <message>
        <source>%1 (est.)</source>
        <comment>estimated date of birth</comment>
        <translation>%1 (amcan.)</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Statws y rhestr</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Does neb yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>Showing the first %1 matches. Type more to narrow the search.</source>
        <translation>Yn dangos y %1 cyntaf sy&apos;n cyfateb. Teipiwch ragor i gyfyngu&apos;r chwilio.</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Yn cyfateb: %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Yn cael eu dangos: %1</translation>
    </message>
    <message>
        <source>No one matches this filter.</source>
        <translation>Does neb yn cyfateb i&apos;r hidlydd hwn.</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Yn dangos %1 o %2.</translation>
    </message>
    <message>
        <source>LAC, CP, CIN, SEND, Restricted</source>
        <translation>PDG, AP, PMA, ADY, Cyfyngedig</translation>
    </message>
    <message>
        <source>No young people in this casebook yet</source>
        <translation>Does dim pobl ifanc yn y llyfr achosion hwn eto</translation>
    </message>
    <message>
        <source>Add the first young person referred to the scheme. Their record is encrypted in this casebook, and every look at it is audited.</source>
        <translation>Ychwanegwch y person ifanc cyntaf a gyfeiriwyd at y cynllun. Mae ei gofnod wedi&apos;i amgryptio yn y llyfr achosion hwn, ac mae pob tro y bydd rhywun yn edrych arno yn cael ei gofnodi yn y log archwilio.</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Ychwanegu&apos;r person cyntaf</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person record</source>
        <translation>Cofnod person</translation>
    </message>
    <message>
        <source>Back to the people list</source>
        <translation>Yn ôl i&apos;r rhestr pobl</translation>
    </message>
    <message>
        <source>Back to the people list (Esc or Alt+Left)</source>
        <translation>Yn ôl i&apos;r rhestr pobl (Esc neu Alt+Chwith)</translation>
    </message>
    <message>
        <source>Save person</source>
        <translation>Cadw person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Enw &amp;dewisol:</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>Enwau eraill, wedi’u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>Enwau erai&amp;ll:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Amdano</translation>
    </message>
    <message>
        <source>&amp;Estimated</source>
        <translation>A&amp;mcangyfrif</translation>
    </message>
    <message>
        <source>Date of birth is estimated</source>
        <translation>Amcangyfrif yw&apos;r dyddiad geni</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Dyddiad ge&amp;ni:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Rhyw:</translation>
    </message>
    <message>
        <source>Optional, in the young person&apos;s words</source>
        <translation>Dewisol, yng ngeiriau&apos;r person ifanc</translation>
    </message>
    <message>
        <source>Gender &amp;identity:</source>
        <translation>H&amp;unaniaeth rhywedd:</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>Ethnigr&amp;wydd:</translation>
    </message>
    <message>
        <source>First &amp;language:</source>
        <translation>&amp;Iaith gyntaf:</translation>
    </message>
    <message>
        <source>I&amp;nterpreter needed</source>
        <translation>Angen cyfiet&amp;hydd</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Angen cyfieithydd</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Cyfeiriad a ffôn</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Cyfeiri&amp;ad:</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>Education, training or employment</source>
        <translation>Addysg, hyfforddiant neu gyflogaeth</translation>
    </message>
    <message>
        <source>School or provider:</source>
        <translation>Ysgol neu ddarparwr:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Dynodwyr</translation>
    </message>
    <message>
        <source>Police / PNC reference:</source>
        <translation>Cyfeirnod yr heddlu / PNC:</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 digid</translation>
    </message>
    <message>
        <source>NHS nu&amp;mber:</source>
        <translation>Rhif &amp;GIG:</translation>
    </message>
    <message>
        <source>Unique pupil number:</source>
        <translation>Rhif disgybl unigryw:</translation>
    </message>
    <message>
        <source>Local authority ID:</source>
        <translation>ID awdurdod lleol:</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Child-protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Early Help</source>
        <translation>Cymorth Cynnar</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>Person ifanc sy&apos;n gadael gofal</translation>
    </message>
    <message>
        <source>Exploitation concern</source>
        <translation>Pryder am gamfanteisio</translation>
    </message>
    <message>
        <source>SEND/ALN</source>
        <translation>AAAA/ADY</translation>
    </message>
    <message>
        <source>SEND/ALN plan in place (EHCP/IDP)</source>
        <translation>Cynllun AAAA/ADY ar waith (EHCP/CDU)</translation>
    </message>
    <message>
        <source>Restricted record</source>
        <translation>Cofnod cyfyngedig</translation>
    </message>
    <message>
        <source>Parents, guardians and contacts</source>
        <translation>Rhieni, gwarcheidwaid a chysylltiadau</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Your role (%1) cannot add people.</source>
        <translation>Ni all eich rôl (%1) ychwanegu pobl.</translation>
    </message>
    <message>
        <source>Read only: your role (%1) can view this record but not change it.</source>
        <translation>Darllen yn unig: gall eich rôl (%1) weld y cofnod hwn ond nid ei newid.</translation>
    </message>
    <message>
        <source>%1, %2, born %3</source>
        <translation>%1, %2, ganwyd %3</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 — create anyway?</source>
        <translation>Dyblyg posibl: %1 — creu beth bynnag?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Dyblyg posibl</translation>
    </message>
    <message>
        <source>Not saved. Search the list for the existing record, or change the details.</source>
        <translation>Heb ei gadw. Chwiliwch y rhestr am y cofnod sy&apos;n bodoli, neu newidiwch y manylion.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Person newydd</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <source>%1 — not saved yet</source>
        <translation>%1 — heb ei gadw eto</translation>
    </message>
    <message>
        <source>Case reference %1</source>
        <translation>Cyfeirnod achos %1</translation>
    </message>
    <message>
        <source>the given name</source>
        <translation>yr enw cyntaf</translation>
    </message>
    <message>
        <source>the family name</source>
        <translation>y cyfenw</translation>
    </message>
    <message>
        <source>the preferred name</source>
        <translation>yr enw dewisol</translation>
    </message>
    <message>
        <source>the aliases</source>
        <translation>yr enwau eraill</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>y dyddiad geni</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>y rhyw</translation>
    </message>
    <message>
        <source>gender identity</source>
        <translation>yr hunaniaeth rhywedd</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>yr ethnigrwydd</translation>
    </message>
    <message>
        <source>the first language</source>
        <translation>yr iaith gyntaf</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>y cyfeiriad</translation>
    </message>
    <message>
        <source>the postcode</source>
        <translation>y cod post</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>y rhif ffôn</translation>
    </message>
    <message>
        <source>the school or provider</source>
        <translation>yr ysgol neu&apos;r darparwr</translation>
    </message>
    <message>
        <source>the education, training or employment status</source>
        <translation>y statws addysg, hyfforddiant neu gyflogaeth</translation>
    </message>
    <message>
        <source>the police / PNC reference</source>
        <translation>cyfeirnod yr heddlu / PNC</translation>
    </message>
    <message>
        <source>the NHS number</source>
        <translation>y rhif GIG</translation>
    </message>
    <message>
        <source>the unique pupil number</source>
        <translation>y rhif disgybl unigryw</translation>
    </message>
    <message>
        <source>the local authority ID</source>
        <translation>yr ID awdurdod lleol</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>y cysylltiadau</translation>
    </message>
    <message>
        <source>the SEND/ALN plan</source>
        <translation>y cynllun AAAA/ADY</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>&amp;Creu beth bynnag</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t create</source>
        <translation>&amp;Peidio â chreu</translation>
    </message>
    <message>
        <source>People</source>
        <comment>back to the people list</comment>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Age %1 (est.)</source>
        <translation>Oed %1 (amcan)</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Oed %1</translation>
    </message>
    <message>
        <source>SEND/ALN with a plan</source>
        <translation>AAAA/ADY gyda chynllun</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Hunaniaeth rhywedd</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnigrwydd</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Iaith gyntaf</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>School or provider</source>
        <translation>Ysgol neu ddarparwr</translation>
    </message>
    <message>
        <source>Police / PNC reference</source>
        <translation>Cyfeirnod yr heddlu / PNC</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Unique pupil number</source>
        <translation>Rhif disgybl unigryw</translation>
    </message>
    <message>
        <source>Local authority ID</source>
        <translation>ID awdurdod lleol</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>This person&apos;s referrals</source>
        <translation>Atgyfeiriadau&apos;r person hwn</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>New referral for thi&amp;s person</source>
        <translation>Atgyfeiriad newydd i&apos;r person hwn</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Merge another record into this one…</source>
        <translation>Cyfuno cofnod arall â&apos;r un hwn…</translation>
    </message>
    <message>
        <source>When this young person was recorded twice (coordinators)</source>
        <translation>Pan gofnodwyd y person ifanc hwn ddwywaith (cydlynwyr)</translation>
    </message>
    <message numerus="yes">
        <source>Merged. %n other name(s) added as aliases.</source>
        <translation>
            <numerusform>Wedi cyfuno. Ychwanegwyd %n enw arall fel aliasau.</numerusform>
            <numerusform>Wedi cyfuno. Ychwanegwyd %n enw arall fel aliasau.</numerusform>
            <numerusform>Wedi cyfuno. Ychwanegwyd %n enw arall fel aliasau.</numerusform>
            <numerusform>Wedi cyfuno. Ychwanegwyd %n enw arall fel aliasau.</numerusform>
            <numerusform>Wedi cyfuno. Ychwanegwyd %n enw arall fel aliasau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Ne&amp;w task…</source>
        <translation>Tasg newydd… (&amp;K)</translation>
    </message>
    <message>
        <source>A task about this young person, for you or a colleague</source>
        <translation>Tasg am y person ifanc hwn, i chi neu i gydweithiwr</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Tasg wedi’i chadw.</translation>
    </message>
    <message>
        <source>Print case summar&amp;y…</source>
        <translation>Argraffu crynode&amp;b achos…</translation>
    </message>
    <message>
        <source>A one-page PDF for a panel meeting, recorded as a disclosure</source>
        <translation>PDF un dudalen ar gyfer cyfarfod panel, wedi&apos;i gofnodi fel datgeliad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restricted record.&lt;/b&gt; Only the caseworkers allocated to this young person&apos;s referrals and coordinators can see it. Do not share what it holds.</source>
        <translation>&lt;b&gt;Cofnod cyfyngedig.&lt;/b&gt; Dim ond y gweithwyr achos sydd wedi&apos;u dyrannu i atgyfeiriadau&apos;r person ifanc hwn a chydlynwyr all ei weld. Peidiwch â rhannu&apos;r hyn sydd ynddo.</translation>
    </message>
    <message>
        <source>Save or discard your changes first, then restrict the record.</source>
        <translation>Cadwch neu gwaredwch eich newidiadau yn gyntaf, yna cyfyngwch y cofnod.</translation>
    </message>
    <message>
        <source>Restrict this record</source>
        <translation>Cyfyngu&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Codi&apos;r cyfyngiad</translation>
    </message>
    <message>
        <source>Reason (kept in the audit trail; do not write names):</source>
        <translation>Rheswm (yn cael ei gadw yn y trywydd archwilio; peidiwch ag ysgrifennu enwau):</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Cyfyngu</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>Codi&apos;r cy&amp;fyngiad</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Restricted.</source>
        <translation>Wedi&apos;i gyfyngu.</translation>
    </message>
    <message>
        <source>The restriction is lifted.</source>
        <translation>Mae&apos;r cyfyngiad wedi&apos;i godi.</translation>
    </message>
    <message>
        <source>Case summary saved to %1.</source>
        <translation>Cadwyd y crynodeb achos yn %1.</translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <source>Add a goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation>Newid nod</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>What the young person wants to achieve</source>
        <translation>Beth mae&apos;r person ifanc am ei gyflawni</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Nod:</translation>
    </message>
    <message>
        <source>Assessment domains</source>
        <translation>Meysydd asesu</translation>
    </message>
    <message>
        <source>Assessment &amp;domains:</source>
        <translation>&amp;Meysydd asesu:</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Statws y nod</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Ychwanegu nod</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>the assessment domains</source>
        <translation>y meysydd asesu</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>y nod</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Living arrangements</source>
        <translation>Trefniadau byw</translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation>Teulu a pherthnasoedd</translation>
    </message>
    <message>
        <source>Education, training and employment</source>
        <translation>Addysg, hyfforddiant a chyflogaeth</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Cymdogaeth</translation>
    </message>
    <message>
        <source>Peers and lifestyle</source>
        <translation>Cyfoedion a ffordd o fyw</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Emotional and mental health</source>
        <translation>Iechyd emosiynol a meddyliol</translation>
    </message>
    <message>
        <source>Speech, language and communication</source>
        <translation>Lleferydd, iaith a chyfathrebu</translation>
    </message>
    <message>
        <source>Exploitation and safety</source>
        <translation>Camfanteisio a diogelwch</translation>
    </message>
    <message>
        <source>Thinking and behaviour</source>
        <translation>Meddwl ac ymddygiad</translation>
    </message>
    <message>
        <source>Attitudes to offending</source>
        <translation>Agweddau at droseddu</translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation>Cymhelliant i newid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Heb ei gyflawni</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Education, training and employment support</source>
        <translation>Cymorth addysg, hyfforddiant a chyflogaeth</translation>
    </message>
    <message>
        <source>Restorative justice</source>
        <translation>Cyfiawnder adferol</translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation>Camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Sport and positive activities</source>
        <translation>Chwaraeon a gweithgareddau cadarnhaol</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>Cymorth i deuluoedd</translation>
    </message>
    <message>
        <source>Speech and language</source>
        <translation>Lleferydd ac iaith</translation>
    </message>
    <message>
        <source>Victim awareness</source>
        <translation>Ymwybyddiaeth o ddioddefwyr</translation>
    </message>
    <message>
        <source>Weapons awareness</source>
        <translation>Ymwybyddiaeth o arfau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Referred to provider</source>
        <translation>Wedi&apos;i atgyfeirio at ddarparwr</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Wedi dod i ben yn gynnar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Nodau wedi&apos;u cyflawni</translation>
    </message>
    <message>
        <source>Goals partly met</source>
        <translation>Nodau wedi&apos;u cyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>Goals not met</source>
        <translation>Nodau heb eu cyflawni</translation>
    </message>
    <message>
        <source>Young person disengaged</source>
        <translation>Y person ifanc wedi ymddieithrio</translation>
    </message>
    <message>
        <source>Ended by the provider</source>
        <translation>Daeth i ben gan y darparwr</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Wedi symud i ffwrdd</translation>
    </message>
    <message>
        <source>Charity or voluntary organisation</source>
        <translation>Elusen neu fudiad gwirfoddol</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Grŵp cymunedol</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Gwasanaeth iechyd</translation>
    </message>
    <message>
        <source>Local authority service</source>
        <translation>Gwasanaeth awdurdod lleol</translation>
    </message>
    <message>
        <source>School, college or training provider</source>
        <translation>Ysgol, coleg neu ddarparwr hyfforddiant</translation>
    </message>
    <message>
        <source>Sport or activity club</source>
        <translation>Clwb chwaraeon neu weithgareddau</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>Cwmni preifat</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Discard what you typed here?</source>
        <translation>Gwaredu&apos;r hyn a deipiwyd gennych yma?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Parhau i &amp;olygu</translation>
    </message>
    <message>
        <source>Consent to share with partner organisations is not recorded on referral %1. Record consent on the referral first, or a coordinator may override with a reason.</source>
        <translation>Nid yw cydsyniad i rannu â sefydliadau partner wedi&apos;i gofnodi ar atgyfeiriad %1. Cofnodwch gydsyniad ar yr atgyfeiriad yn gyntaf, neu gall cydlynydd ddiystyru gyda rheswm.</translation>
    </message>
    <message>
        <source>The intervention cannot move to that status from where it is now.</source>
        <translation>Ni all yr ymyriad symud i&apos;r statws hwnnw o&apos;r man lle mae nawr.</translation>
    </message>
    <message>
        <source>A new intervention is planned, referred or active.</source>
        <translation>Mae ymyriad newydd wedi&apos;i gynllunio, wedi&apos;i atgyfeirio neu&apos;n weithredol.</translation>
    </message>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>Mae&apos;r diwedd arfaethedig cyn y dechrau arfaethedig.</translation>
    </message>
    <message>
        <source>An outcome is recorded once the intervention is completed or ended early.</source>
        <translation>Cofnodir canlyniad pan fydd yr ymyriad wedi&apos;i gwblhau neu wedi dod i ben yn gynnar.</translation>
    </message>
    <message>
        <source>This provider no longer takes new referrals.</source>
        <translation>Nid yw&apos;r darparwr hwn yn derbyn atgyfeiriadau newydd mwyach.</translation>
    </message>
    <message>
        <source>Plans can be changed once the referral is accepted, and until it is closed.</source>
        <translation>Gellir newid cynlluniau unwaith y derbynnir yr atgyfeiriad, a hyd nes y caiff ei gau.</translation>
    </message>
    <message>
        <source>Please check the email address: it needs an @.</source>
        <translation>Gwiriwch y cyfeiriad e-bost: mae angen @ arno.</translation>
    </message>
    <message>
        <source>Choose the provider the young person is referred to.</source>
        <translation>Dewiswch y darparwr y mae&apos;r person ifanc yn cael ei atgyfeirio ato.</translation>
    </message>
    <message>
        <source>A provider with this name is already in the list.</source>
        <translation>Mae darparwr gyda&apos;r enw hwn eisoes yn y rhestr.</translation>
    </message>
    <message>
        <source>There is already an intervention type with this code.</source>
        <translation>Mae math o ymyriad gyda&apos;r cod hwn eisoes.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it. Close this window and open it again.</source>
        <translation>Newidiodd rhywun arall hyn tra oeddech yn ei olygu. Caewch y ffenestr hon a&apos;i hagor eto.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Nid yw eich rôl yn caniatáu hyn.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tan %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Cydsyniad i rannu</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation>No&amp;d newydd…</translation>
    </message>
    <message>
        <source>Add a goal to the plan</source>
        <translation>Ychwanegu nod at y cynllun</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Assessment domains</source>
        <translation>Meysydd asesu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Ymyriadau</translation>
    </message>
    <message>
        <source>Add &amp;intervention…</source>
        <translation>Ychwanegu &amp;ymyriad…</translation>
    </message>
    <message>
        <source>Add an intervention to the plan</source>
        <translation>Ychwanegu ymyriad at y cynllun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Cynlluniwyd</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Consent to share with partner organisations: given.</source>
        <translation>Cydsyniad i rannu â sefydliadau partner: wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Consent to share with partner organisations: %1. Referrals to providers need consent first.</source>
        <translation>Cydsyniad i rannu â sefydliadau partner: %1. Mae angen cydsyniad cyn atgyfeirio at ddarparwyr.</translation>
    </message>
    <message>
        <source>Goals and interventions are planned once the referral is accepted.</source>
        <translation>Caiff nodau ac ymyriadau eu cynllunio unwaith y derbynnir yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>No goals or interventions yet.</source>
        <translation>Dim nodau nac ymyriadau eto.</translation>
    </message>
    <message>
        <source>Review due %1.</source>
        <translation>Adolygiad yn ddyledus %1.</translation>
    </message>
    <message>
        <source>(consent overridden)</source>
        <translation>(cydsyniad wedi&apos;i ddiystyru)</translation>
    </message>
    <message>
        <source>The scheme</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Y rheswm a roddwyd: %1</translation>
    </message>
</context>
<context>
    <name>ProviderEditDialog</name>
    <message>
        <source>Add a provider</source>
        <translation>Ychwanegu darparwr</translation>
    </message>
    <message>
        <source>Change a provider</source>
        <translation>Newid darparwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Math o sefydliad</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Ffynhonnell cyllid</translation>
    </message>
    <message>
        <source>for example PCC grant</source>
        <translation>er enghraifft grant y Comisiynydd Heddlu a Throseddu</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>&amp;Ffynhonnell cyllid:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Person cyswllt</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Person cyswllt:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Ff&amp;ôn:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>&amp;Takes new referrals</source>
        <translation>Yn &amp;derbyn atgyfeiriadau newydd</translation>
    </message>
    <message>
        <source>Takes new referrals</source>
        <translation>Yn derbyn atgyfeiriadau newydd</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>&amp;Ychwanegu darparwr</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>yr enw</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>y rhif ffôn</translation>
    </message>
    <message>
        <source>the funding source</source>
        <translation>y ffynhonnell cyllid</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>y person cyswllt</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Providers</source>
        <translation>Darparwyr</translation>
    </message>
    <message>
        <source>Partner organisations young people are referred to for interventions.</source>
        <translation>Sefydliadau partner yr atgyfeirir pobl ifanc atynt ar gyfer ymyriadau.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Ffynhonnell cyllid</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Takes new referrals</source>
        <translation>Yn derbyn atgyfeiriadau newydd</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Anweithredol</translation>
    </message>
    <message>
        <source>No providers yet.</source>
        <translation>Dim darparwyr eto.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder newydd</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd diweddar</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy nghyfrifiadur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation>Mae angen rheswm.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Cadw (Ctrl+S)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Show &amp;both versions…</source>
        <translation>Dang&amp;os y ddwy fersiwn…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. They are not saved yet.</source>
        <translation>Mae eich newidiadau heb eu cadw yn ôl. Nid ydynt wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back. Please check %1, then save.</source>
        <translation>Mae eich newidiadau heb eu cadw yn ôl. Gwiriwch %1, yna cadwch.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Discard them?</source>
        <translation>Mae newidiadau heb eu cadw yn y cofnod hwn. Eu taflu?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Parhau i &amp;olygu</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. Your changes are not saved yet.</source>
        <translation>Cadwodd rhywun arall y cofnod hwn tra oeddech yn ei olygu. Nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it: %1, at %2. Your changes are not saved yet.</source>
        <translation>Cadwodd rhywun arall y cofnod hwn tra oeddech yn ei olygu: %1, am %2. Nid yw eich newidiadau wedi&apos;u cadw eto.</translation>
    </message>
    <message>
        <source>Both versions — Waymark</source>
        <translation>Y ddwy fersiwn — Waymark</translation>
    </message>
    <message>
        <source>The saved version has the same details as yours.</source>
        <translation>Mae gan y fersiwn a gadwyd yr un manylion â&apos;ch un chi.</translation>
    </message>
    <message>
        <source>These fields differ between your version and the one saved meanwhile:</source>
        <translation>Mae&apos;r meysydd hyn yn wahanol rhwng eich fersiwn chi a&apos;r un a gadwyd yn y cyfamser:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Gwahaniaethau</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Eich fersiwn chi</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Y fersiwn a gadwyd</translation>
    </message>
    <message>
        <source>&amp;Save mine anyway</source>
        <translation>&amp;Cadw fy un i beth bynnag</translation>
    </message>
    <message>
        <source>&amp;Use the saved version</source>
        <translation>&amp;Defnyddio&apos;r fersiwn a gadwyd</translation>
    </message>
    <message>
        <source>Showing the saved version. Your changes were set aside.</source>
        <translation>Yn dangos y fersiwn a gadwyd. Rhoddwyd eich newidiadau o&apos;r neilltu.</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <source>Unallocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>The decision is overdue.</source>
        <translation>Mae&apos;r penderfyniad yn hwyr.</translation>
    </message>
    <message>
        <source>The decision is due.</source>
        <translation>Mae&apos;r penderfyniad i ddod.</translation>
    </message>
    <message>
        <source>First contact is overdue.</source>
        <translation>Mae&apos;r cyswllt cyntaf yn hwyr.</translation>
    </message>
    <message>
        <source>First contact is due.</source>
        <translation>Mae&apos;r cyswllt cyntaf i ddod.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Llwybr</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>Referral record</source>
        <translation>Cofnod atgyfeirio</translation>
    </message>
    <message>
        <source>Back</source>
        <comment>back to the list the referral was opened from</comment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>Back to the list (Esc or Alt+Left)</source>
        <translation>Yn ôl i&apos;r rhestr (Esc neu Alt+Chwith)</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Cadw atgyfeiriad</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>Agor y &amp;person</translation>
    </message>
    <message>
        <source>Open the young person&apos;s record</source>
        <translation>Agor cofnod y person ifanc</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <source>R&amp;eceived:</source>
        <translation>Daeth i &amp;law:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Ffynhonnell:</translation>
    </message>
    <message>
        <source>Referrer &amp;name:</source>
        <translation>&amp;Enw&apos;r atgyfeiriwr:</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Ffôn neu e-bost</translation>
    </message>
    <message>
        <source>The date of the offence, incident or reason for referral: eligibility counts from it.</source>
        <translation>Dyddiad y drosedd, y digwyddiad neu&apos;r rheswm dros atgyfeirio: mae cymhwystra&apos;n cyfrif ohono.</translation>
    </message>
    <message>
        <source>E&amp;vent date:</source>
        <translation>Dyddiad y di&amp;gwyddiad:</translation>
    </message>
    <message>
        <source>O&amp;ffence or behaviour:</source>
        <translation>T&amp;rosedd neu ymddygiad:</translation>
    </message>
    <message>
        <source>Offence &amp;date:</source>
        <translation>&amp;Dyddiad y drosedd:</translation>
    </message>
    <message>
        <source>Po&amp;lice reference:</source>
        <translation>Cyfeirnod yr &amp;heddlu:</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>Ri&amp;sg:</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>Cydsy&amp;niad:</translation>
    </message>
    <message>
        <source>On a statutory order at referral</source>
        <translation>Ar orchymyn statudol adeg yr atgyfeirio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Dyraniad</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Terfynau amser</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwystra</translation>
    </message>
    <message>
        <source>Eligibility result</source>
        <translation>Canlyniad cymhwystra</translation>
    </message>
    <message>
        <source>Override the eligibility result</source>
        <translation>Diystyru&apos;r canlyniad cymhwystra</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n referral(s) on record; see their record for them.</source>
        <translation>
            <numerusform>Mae gan %1 %n atgyfeiriad ar gofnod eisoes; gweler ei gofnod amdanynt.</numerusform>
            <numerusform>Mae gan %1 %n atgyfeiriad ar gofnod eisoes; gweler ei gofnod amdanynt.</numerusform>
            <numerusform>Mae gan %1 %n atgyfeiriad ar gofnod eisoes; gweler ei gofnod amdanynt.</numerusform>
            <numerusform>Mae gan %1 %n atgyfeiriad ar gofnod eisoes; gweler ei gofnod amdanynt.</numerusform>
            <numerusform>Mae gan %1 %n atgyfeiriad ar gofnod eisoes; gweler ei gofnod amdanynt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read only: your role (%1) can view this referral but not change it.</source>
        <translation>Darllen yn unig: gall eich rôl (%1) weld yr atgyfeiriad hwn ond nid ei newid.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>ganed %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;State:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cyflwr:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; not made yet</source>
        <translation>&lt;b&gt;Penderfyniad:&lt;/b&gt; heb ei wneud eto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 on %2</source>
        <translation>&lt;b&gt;Penderfyniad:&lt;/b&gt; %1 ar %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Rheswm: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worker:&lt;/b&gt; unallocated</source>
        <translation>&lt;b&gt;Gweithiwr:&lt;/b&gt; heb ei ddyrannu</translation>
    </message>
    <message>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worker:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gweithiwr:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>wedi&apos;i ddyrannu</translation>
    </message>
    <message>
        <source>&lt;b&gt;First contact:&lt;/b&gt; not recorded yet</source>
        <translation>&lt;b&gt;Cyswllt cyntaf:&lt;/b&gt; heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>&lt;b&gt;First contact:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cyswllt cyntaf:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time limits&lt;/b&gt; (working days)</source>
        <translation>&lt;b&gt;Terfynau amser&lt;/b&gt; (diwrnodau gwaith)</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eligible&lt;/b&gt;: every rule of the scheme is met.</source>
        <translation>&lt;b&gt;Cymwys&lt;/b&gt;: mae pob un o reolau&apos;r cynllun wedi&apos;i fodloni.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; by the scheme&apos;s rules:</source>
        <translation>&lt;b&gt;Ddim yn gymwys&lt;/b&gt; yn ôl rheolau&apos;r cynllun:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overridden&lt;/b&gt; by %1 on %2: %3</source>
        <translation>&lt;b&gt;Wedi&apos;i ddiystyru&lt;/b&gt; gan %1 ar %2: %3</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>cydlynydd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Symudwyd i %1</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Dyrannwyd</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cymerwyd</translation>
    </message>
    <message>
        <source>First contact recorded</source>
        <translation>Cofnodwyd y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Eligibility overridden</source>
        <translation>Diystyrwyd y cymhwystra</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>Newidiwyd y manylion</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation>Dechrau sgrinio</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>Dyr&amp;annu…</translation>
    </message>
    <message>
        <source>Re-&amp;allocate…</source>
        <translation>Ailddyr&amp;annu…</translation>
    </message>
    <message>
        <source>Allocate to a worker</source>
        <translation>Dyrannu i weithiwr</translation>
    </message>
    <message>
        <source>Re-allocate to another worker</source>
        <translation>Ailddyrannu i weithiwr arall</translation>
    </message>
    <message>
        <source>Take this referral</source>
        <translation>Cymryd yr atgyfeiriad hwn</translation>
    </message>
    <message>
        <source>Record first &amp;contact…</source>
        <translation>Cofnod&amp;i&apos;r cyswllt cyntaf…</translation>
    </message>
    <message>
        <source>Record first contact</source>
        <translation>Cofnodi&apos;r cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Screening started.</source>
        <translation>Mae&apos;r sgrinio wedi dechrau.</translation>
    </message>
    <message>
        <source>You have taken this referral.</source>
        <translation>Rydych wedi cymryd yr atgyfeiriad hwn.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Wedi gwneud: %1.</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Cofnodwyd y penderfyniad: %1.</translation>
    </message>
    <message>
        <source>Allocated to %1.</source>
        <translation>Wedi&apos;i ddyrannu i %1.</translation>
    </message>
    <message>
        <source>Override eligibility</source>
        <translation>Diystyru&apos;r cymhwystra</translation>
    </message>
    <message>
        <source>Why should this referral go ahead although the scheme&apos;s rules say it is not eligible? The rules&apos; result stays on record beside your reason.</source>
        <translation>Pam y dylai&apos;r atgyfeiriad hwn fynd yn ei flaen er bod rheolau&apos;r cynllun yn dweud nad yw&apos;n gymwys? Mae canlyniad y rheolau&apos;n aros ar gofnod wrth ochr eich rheswm.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Diystyru</translation>
    </message>
    <message>
        <source>Eligibility overridden. The rules&apos; result stays visible.</source>
        <translation>Diystyrwyd y cymhwystra. Mae canlyniad y rheolau&apos;n dal yn weladwy.</translation>
    </message>
    <message>
        <source>First contact recorded.</source>
        <translation>Cofnodwyd y cyswllt cyntaf.</translation>
    </message>
    <message>
        <source>new referral for %1</source>
        <translation>atgyfeiriad newydd i %1</translation>
    </message>
    <message>
        <source>referral %1 (%2)</source>
        <translation>atgyfeiriad %1 (%2)</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>For %1 — not saved yet</source>
        <translation>I %1 — heb ei gadw eto</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Atgyfeiriad %1</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Cyflwr: %1</translation>
    </message>
    <message>
        <source>Decision overdue</source>
        <translation>Penderfyniad yn hwyr</translation>
    </message>
    <message>
        <source>First contact overdue</source>
        <translation>Cyswllt cyntaf yn hwyr</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Not eligible — overridden</source>
        <translation>Ddim yn gymwys — wedi&apos;i ddiystyru</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>y dyddiad y daeth i law</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>y ffynhonnell</translation>
    </message>
    <message>
        <source>the referrer&apos;s name</source>
        <translation>enw&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <source>the referrer&apos;s contact</source>
        <translation>cyswllt yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>the event date</source>
        <translation>dyddiad y digwyddiad</translation>
    </message>
    <message>
        <source>the route</source>
        <translation>y llwybr</translation>
    </message>
    <message>
        <source>the offence or behaviour</source>
        <translation>y drosedd neu&apos;r ymddygiad</translation>
    </message>
    <message>
        <source>the offence date</source>
        <translation>dyddiad y drosedd</translation>
    </message>
    <message>
        <source>the police reference</source>
        <translation>cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>the risk level</source>
        <translation>lefel y risg</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>cydsyniad</translation>
    </message>
    <message>
        <source>the young person</source>
        <translation>y person ifanc</translation>
    </message>
    <message>
        <source>Referrer con&amp;tact:</source>
        <translation>Cyswllt yr a&amp;tgyfeiriwr:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>Ll&amp;wybr:</translation>
    </message>
    <message>
        <source>Overr&amp;ide…</source>
        <translation>Diystyr&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Make decision…</source>
        <translation>Gwneud penderf&amp;yniad…</translation>
    </message>
    <message>
        <source>Start screenin&amp;g</source>
        <translation>Dechrau sgrini&amp;o</translation>
    </message>
    <message>
        <source>T&amp;ake</source>
        <translation>Cy&amp;mryd</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Unrhyw gyflwr</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Cyflwr:</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Unrhyw ffynhonnell</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Ffynhonnell:</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>Unrhyw lwybr</translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation>&amp;Llwybr:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Heb eu dyrannu</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Gweithiwr:</translation>
    </message>
    <message>
        <source>Due first</source>
        <translation>Y cynharaf i ddod yn gyntaf</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Sor&amp;t:</source>
        <translation>T&amp;refn:</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>&amp;Hwyr yn unig</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Hwyr yn unig</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>Atgyfeiriad &amp;newydd</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>Your role cannot add referrals.</source>
        <translation>Ni all eich rôl ychwanegu atgyfeiriadau.</translation>
    </message>
    <message>
        <source>Referral list</source>
        <translation>Rhestr atgyfeiriadau</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Cais i gau</translation>
    </message>
    <message>
        <source>OVERDUE — due %1</source>
        <translation>HWYR — erbyn %1</translation>
    </message>
    <message>
        <source>Children&apos;s social care</source>
        <translation>Gofal cymdeithasol plant</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Statws y rhestr</translation>
    </message>
    <message>
        <source>No referrals match these filters.</source>
        <translation>Does dim atgyfeiriadau&apos;n cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>Showing %1 of %2.</source>
        <translation>Yn dangos %1 o %2.</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Yn y golwg: %1</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Cymwys</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Cofrestrwyd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Diversion funnel</source>
        <translation>Twndis dargyfeirio</translation>
    </message>
    <message>
        <source>Share of people %</source>
        <translation>Cyfran y bobl %</translation>
    </message>
    <message>
        <source>Share of referrals %</source>
        <translation>Cyfran yr atgyfeiriadau %</translation>
    </message>
    <message>
        <source>%1 referrals each</source>
        <translation>%1 atgyfeiriad yr un</translation>
    </message>
    <message>
        <source>Repeat demand: share by number of referrals</source>
        <translation>Galw dro ar ôl tro: cyfran yn ôl nifer yr atgyfeiriadau</translation>
    </message>
    <message>
        <source>Binary rate %</source>
        <translation>Cyfradd ddeuaidd %</translation>
    </message>
    <message>
        <source>Pending: 18 months not yet passed</source>
        <translation>Yn aros: 18 mis heb fynd heibio eto</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (yn aros)</translation>
    </message>
    <message>
        <source>Reoffending by closure cohort</source>
        <translation>Aildroseddu fesul carfan cau</translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation>Atgyfeiriadau bob mis</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Allforio CSV</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>Small numbers are hidden in the export. Who is it for? The recipient is recorded in the audit trail.</source>
        <translation>Mae niferoedd bach wedi&apos;u cuddio yn yr allforio. I bwy mae e? Mae&apos;r derbynnydd yn cael ei gofnodi yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Derbynnydd:</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark (for Excel)</source>
        <translation>Ychwanegu &amp;marc trefn beitiau (ar gyfer Excel)</translation>
    </message>
    <message>
        <source>Excel then reads accented letters and Welsh characters correctly. Other programs may show the mark as a stray character at the start.</source>
        <translation>Yna mae Excel yn darllen llythrennau ag acenion a nodau Cymraeg yn gywir. Gall rhaglenni eraill ddangos y marc fel nod dieithr ar y dechrau.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel the export? The recipient you typed is dropped.</source>
        <translation>Canslo&apos;r allforio? Bydd y derbynnydd a deipiwyd gennych yn cael ei ollwng.</translation>
    </message>
    <message>
        <source>&amp;Cancel the export</source>
        <translation>&amp;Canslo&apos;r allforio</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Parhau i &amp;olygu</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>A report is already running.</source>
        <translation>Mae adroddiad eisoes yn rhedeg.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Caseload and activity per caseworker</source>
        <translation>Llwyth achosion a gweithgarwch pob gweithiwr achos</translation>
    </message>
    <message>
        <source>Diversion funnel</source>
        <translation>Twndis dargyfeirio</translation>
    </message>
    <message>
        <source>Repeat demand</source>
        <translation>Galw dro ar ôl tro</translation>
    </message>
    <message>
        <source>Local proven reoffending</source>
        <translation>Aildroseddu profedig lleol</translation>
    </message>
    <message>
        <source>Outcomes by intervention type and by provider</source>
        <translation>Canlyniadau fesul math o ymyrraeth a fesul darparwr</translation>
    </message>
    <message>
        <source>KPI summary</source>
        <translation>Crynodeb DPA</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Amseroldeb</translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation>Atgyfeiriadau bob mis</translation>
    </message>
    <message>
        <source>Per caseworker: open cases and overdue clocks now; sessions held (at least one young person attended) and their contact minutes in the period.</source>
        <translation>Fesul gweithiwr achos: achosion agored a chlociau hwyr nawr; sesiynau a gynhaliwyd (daeth o leiaf un person ifanc) a’u munudau cyswllt yn y cyfnod.</translation>
    </message>
    <message>
        <source>Referrals received in the period: referred, eligible, offered, enrolled (first attended session), completed; by ethnicity, sex and age band. Disparity ratio = group rate / overall rate.</source>
        <translation>Atgyfeiriadau a ddaeth i law yn y cyfnod: atgyfeiriwyd, cymwys, cynigiwyd, cofrestrwyd (y sesiwn gyntaf a fynychwyd), cwblhawyd; fesul ethnigrwydd, rhyw a band oedran. Cymhareb gwahaniaeth = cyfradd y grŵp / y gyfradd gyffredinol.</translation>
    </message>
    <message>
        <source>People banded by referrals received in the period (1, 2, 3-4, 5+) with people, referrals and share of all referrals; people reaching the repeat trigger; trend by quarter; sources of repeat referrals.</source>
        <translation>Pobl mewn bandiau yn ôl yr atgyfeiriadau a ddaeth i law yn y cyfnod (1, 2, 3-4, 5+) gyda phobl, atgyfeiriadau a chyfran yr holl atgyfeiriadau; pobl sy’n cyrraedd y sbardun ailadrodd; tuedd fesul chwarter; ffynonellau atgyfeiriadau dro ar ôl tro.</translation>
    </message>
    <message>
        <source>People whose case closed in each quarter: reoffenders and reoffences (an offence within 12 months of closure with a caution or conviction within those 12 months or 6 more); binary rate and reoffences per 100. Pending until 18 months have passed, never 0 %.</source>
        <translation>Pobl y caeodd eu hachos ym mhob chwarter: aildroseddwyr ac aildroseddau (trosedd o fewn 12 mis i’r cau gyda rhybudd neu euogfarn o fewn y 12 mis hynny neu 6 arall); cyfradd ddeuaidd ac aildroseddau fesul 100. Yn aros nes bod 18 mis wedi mynd heibio, byth yn 0 %.</translation>
    </message>
    <message>
        <source>Interventions whose young person first attended one of their sessions in the period, by type and by provider: enrolled, completed %, mean change in assessment score (last minus first assessment of the referral on the same template; below 0 = less concern), reoffending % once 18 months have passed since closure, contact minutes.</source>
        <translation>Ymyriadau y daeth eu person ifanc i un o’u sesiynau am y tro cyntaf yn y cyfnod, fesul math a fesul darparwr: cofrestrwyd, % a gwblhawyd, newid cymedrig yn y sgôr asesu (asesiad olaf llai asesiad cyntaf yr atgyfeiriad ar yr un templed; o dan 0 = llai o bryder), % aildroseddu unwaith y bydd 18 mis wedi mynd heibio ers cau, munudau cyswllt.</translation>
    </message>
    <message>
        <source>Cases closed in the period, outcome snapshot at start against end: suitable accommodation and ETE, SEND/ALN with a plan, mental health and substance use need, offered, attending, victims contacted, consented, engaged in restorative justice. Each step&apos;s % is of the step before.</source>
        <translation>Achosion a gaewyd yn y cyfnod, ciplun canlyniadau ar y dechrau o’i gymharu â’r diwedd: llety ac ADH addas, AAA/ADY gyda chynllun, angen iechyd meddwl a defnyddio sylweddau, cynigiwyd, yn mynychu, dioddefwyr y cysylltwyd â nhw, a gydsyniodd, a gymerodd ran mewn cyfiawnder adferol. Mae % pob cam o’r cam cyn hynny.</translation>
    </message>
    <message>
        <source>Referrals received in the period: working days from referral to decision and to first contact; % within the limit = met / (met + late + still open past due).</source>
        <translation>Atgyfeiriadau a ddaeth i law yn y cyfnod: diwrnodau gwaith o’r atgyfeiriad i’r penderfyniad ac i’r cyswllt cyntaf; % o fewn y terfyn = wedi’i fodloni / (wedi’i fodloni + hwyr + yn dal ar agor wedi’r dyddiad).</translation>
    </message>
    <message>
        <source>Referrals received in each calendar month of the period (the part of a month inside the period).</source>
        <translation>Atgyfeiriadau a ddaeth i law ym mhob mis calendr o’r cyfnod (y rhan o fis sydd y tu mewn i’r cyfnod).</translation>
    </message>
    <message>
        <source>Reasons for not offering and declining</source>
        <translation>Rhesymau dros beidio â chynnig a gwrthod</translation>
    </message>
    <message>
        <source>People by number of referrals in the period</source>
        <translation>Pobl yn ôl nifer yr atgyfeiriadau yn y cyfnod</translation>
    </message>
    <message>
        <source>People reaching the repeat-referral trigger</source>
        <translation>Pobl sy’n cyrraedd y sbardun atgyfeirio dro ar ôl tro</translation>
    </message>
    <message>
        <source>Trend by quarter</source>
        <translation>Tuedd fesul chwarter</translation>
    </message>
    <message>
        <source>Sources of repeat referrals</source>
        <translation>Ffynonellau atgyfeiriadau dro ar ôl tro</translation>
    </message>
    <message>
        <source>Local proven reoffending by closure cohort</source>
        <translation>Aildroseddu profedig lleol fesul carfan cau</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Contact minutes</source>
        <translation>Munudau cyswllt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Cymwys</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Cofrestrwyd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <source>Eligible DR</source>
        <translation>CG cymwys</translation>
    </message>
    <message>
        <source>Offered DR</source>
        <translation>CG cynigiwyd</translation>
    </message>
    <message>
        <source>Enrolled DR</source>
        <translation>CG cofrestrwyd</translation>
    </message>
    <message>
        <source>Completed DR</source>
        <translation>CG cwblhawyd</translation>
    </message>
    <message>
        <source>Referrals each</source>
        <translation>Atgyfeiriadau yr un</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Share of referrals %</source>
        <translation>Cyfran yr atgyfeiriadau %</translation>
    </message>
    <message>
        <source>Share of people %</source>
        <translation>Cyfran y bobl %</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Sbardun</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <source>Repeat referrals</source>
        <translation>Atgyfeiriadau dro ar ôl tro</translation>
    </message>
    <message>
        <source>Repeat share %</source>
        <translation>Cyfran dro ar ôl tro %</translation>
    </message>
    <message>
        <source>Reached trigger</source>
        <translation>Wedi cyrraedd y sbardun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reoffenders</source>
        <translation>Aildroseddwyr</translation>
    </message>
    <message>
        <source>Binary rate %</source>
        <translation>Cyfradd ddeuaidd %</translation>
    </message>
    <message>
        <source>Reoffences</source>
        <translation>Aildroseddau</translation>
    </message>
    <message>
        <source>Reoffences per 100</source>
        <translation>Aildroseddau fesul 100</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Limit (working days)</source>
        <translation>Terfyn (diwrnodau gwaith)</translation>
    </message>
    <message>
        <source>Within limit</source>
        <translation>O fewn y terfyn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <source>Still open, not yet due</source>
        <translation>Yn dal ar agor, ddim yn ddyledus eto</translation>
    </message>
    <message>
        <source>Within limit %</source>
        <translation>O fewn y terfyn %</translation>
    </message>
    <message>
        <source>Median working days</source>
        <translation>Diwrnodau gwaith canolrifol</translation>
    </message>
    <message>
        <source>Mean working days</source>
        <translation>Diwrnodau gwaith cymedrig</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Still open, overdue</source>
        <translation>Yn dal ar agor, yn hwyr</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>wedi’i fesur</translation>
    </message>
    <message>
        <source>all</source>
        <translation>y cyfan</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Pob atgyfeiriad</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Referral to decision</source>
        <translation>Atgyfeiriad i benderfyniad</translation>
    </message>
    <message>
        <source>Referral to first contact</source>
        <translation>Atgyfeiriad i gyswllt cyntaf</translation>
    </message>
    <message>
        <source>Outcome KPIs at start and at end</source>
        <translation>DPA canlyniadau ar y dechrau ac ar y diwedd</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Cyfran %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Repeat share of source %</source>
        <translation>Cyfran dro ar ôl tro o&apos;r ffynhonnell %</translation>
    </message>
    <message>
        <source>Share of all repeats %</source>
        <translation>Cyfran o&apos;r holl ailadroddiadau %</translation>
    </message>
    <message>
        <source>Assessed at start and end</source>
        <translation>Aseswyd ar y dechrau a&apos;r diwedd</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Newid (pwyntiau)</translation>
    </message>
    <message>
        <source>Completed %</source>
        <translation>Wedi&apos;u cwblhau %</translation>
    </message>
    <message>
        <source>Mean score change</source>
        <translation>Newid cymedrig yn y sgôr</translation>
    </message>
    <message>
        <source>Reoffending %</source>
        <translation>Aildroseddu %</translation>
    </message>
    <message>
        <source>Closed, 18 months passed</source>
        <translation>Wedi cau, 18 mis wedi mynd heibio</translation>
    </message>
    <message>
        <source>Start: yes</source>
        <translation>Dechrau: ie</translation>
    </message>
    <message>
        <source>Start: of</source>
        <translation>Dechrau: allan o</translation>
    </message>
    <message>
        <source>Start %</source>
        <translation>Dechrau %</translation>
    </message>
    <message>
        <source>Start: mean hours</source>
        <translation>Dechrau: oriau cymedrig</translation>
    </message>
    <message>
        <source>End: yes</source>
        <translation>Diwedd: ie</translation>
    </message>
    <message>
        <source>End: of</source>
        <translation>Diwedd: allan o</translation>
    </message>
    <message>
        <source>End %</source>
        <translation>Diwedd %</translation>
    </message>
    <message>
        <source>End: mean hours</source>
        <translation>Diwedd: oriau cymedrig</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Heb eu derbyn</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>heb ei gynnig</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Under 10</source>
        <translation>O dan 10</translation>
    </message>
    <message>
        <source>10 to 14</source>
        <translation>10 i 14</translation>
    </message>
    <message>
        <source>15 to 17</source>
        <translation>15 i 17</translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation>18 i 25</translation>
    </message>
    <message>
        <source>Over 25</source>
        <translation>Dros 25</translation>
    </message>
    <message>
        <source>Unknown (no date of birth)</source>
        <translation>Anhysbys (dim dyddiad geni)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Pob ffynhonnell</translation>
    </message>
    <message>
        <source>All interventions</source>
        <translation>Pob ymyrraeth</translation>
    </message>
    <message>
        <source>No provider (the scheme itself)</source>
        <translation>Dim darparwr (y cynllun ei hun)</translation>
    </message>
    <message>
        <source>Snapshot recorded</source>
        <translation>Ciplun wedi’i gofnodi</translation>
    </message>
    <message>
        <source>Suitable accommodation</source>
        <translation>Llety addas</translation>
    </message>
    <message>
        <source>Suitable education, training or employment</source>
        <translation>Addysg, hyfforddiant neu gyflogaeth addas</translation>
    </message>
    <message>
        <source>In ETE (hours a week more than 0)</source>
        <translation>Mewn ADH (mwy na 0 awr yr wythnos)</translation>
    </message>
    <message>
        <source>SEND/ALN identified</source>
        <translation>AAAA/ADY wedi’u nodi</translation>
    </message>
    <message>
        <source>... with a plan (EHCP/IDP)</source>
        <translation>... gyda chynllun (EHCP/CDU)</translation>
    </message>
    <message>
        <source>Mental health need</source>
        <translation>Angen iechyd meddwl</translation>
    </message>
    <message>
        <source>... offered support</source>
        <translation>... cynigiwyd cymorth</translation>
    </message>
    <message>
        <source>... attending</source>
        <translation>... yn mynychu</translation>
    </message>
    <message>
        <source>Substance use need</source>
        <translation>Angen camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Victims contacted</source>
        <translation>Cysylltwyd â’r dioddefwyr</translation>
    </message>
    <message>
        <source>... consented</source>
        <translation>... rhoddwyd caniatâd</translation>
    </message>
    <message>
        <source>... engaged in restorative justice</source>
        <translation>... yn cymryd rhan mewn cyfiawnder adferol</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Cynnydd yr adroddiad</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Gweith&amp;iwr:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ffy&amp;nhonnell:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Dar&amp;parwr:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Band oedran:</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Allforio P&amp;DF…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Cafodd yr adroddiad ei ganslo.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Type the first and last day of the period (dd/mm/yyyy).</source>
        <translation>Teipiwch ddiwrnod cyntaf a diwrnod olaf y cyfnod (dd/mm/bbbb).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Mae’r cyfnod yn gorffen cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Yn rhedeg yr adroddiad…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nid oedd modd ysgrifennu’r ffeil: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (small numbers suppressed).</source>
        <translation>Wedi’i allforio i %1 (niferoedd bach wedi’u cuddio).</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Allforio CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ru&amp;n</source>
        <translation>Rh&amp;edeg</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>O’&amp;r dyddiad:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>&amp;Llwybr:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Allforio CS&amp;V…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupPage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>The laptop was lost, broke or was wiped: bring the casebook back from its backup.</source>
        <translation>Aeth y gliniadur ar goll, torrodd neu cafodd ei glirio: dewch â&apos;r llyfr achosion yn ôl o&apos;i gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Ffeil y copi:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ffeil y copi wrth gefn</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Dewis ffeil y copi wrth gefn</translation>
    </message>
    <message>
        <source>Its .keys file must be beside it (a USB stick, a shared folder).</source>
        <translation>Rhaid i&apos;w ffeil .keys fod wrth ei ochr (cof bach USB, ffolder a rennir).</translation>
    </message>
    <message>
        <source>&amp;Restore as:</source>
        <translation>&amp;Adfer fel:</translation>
    </message>
    <message>
        <source>New casebook file</source>
        <translation>Ffeil y llyfr achosion newydd</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose where the restored casebook goes</source>
        <translation>Dewis ble mae&apos;r llyfr achosion a adferwyd yn mynd</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Your password as it was when the backup was made. Coordinators only.</source>
        <translation>Eich cyfrinair fel yr oedd pan wnaed y copi. Cydlynwyr yn unig.</translation>
    </message>
    <message>
        <source>Reason for the restore</source>
        <translation>Rheswm dros adfer</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rhe&amp;swm:</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Cynnydd yr adfer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Dewis y copi wrth gefn</translation>
    </message>
    <message>
        <source>Waymark backups (*.waymark)</source>
        <translation>Copïau wrth gefn Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>Restore the casebook as</source>
        <translation>Adfer y llyfr achosion fel</translation>
    </message>
    <message>
        <source>Waymark casebooks (*.waymark)</source>
        <translation>Llyfrau achosion Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>The casebook was restored but could not be opened here.</source>
        <translation>Adferwyd y llyfr achosion ond nid oedd modd ei agor yma.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>If this computer still has the original casebook, its check against this computer&apos;s record will report it as rolled back afterwards: restore here only when the original is lost.</source>
        <translation>Os oes gan y cyfrifiadur hwn y llyfr achosion gwreiddiol o hyd, bydd ei wiriad yn erbyn cofnod y cyfrifiadur hwn yn dweud wedyn ei fod wedi&apos;i rolio&apos;n ôl: adferwch yma dim ond pan fydd y gwreiddiol ar goll.</translation>
    </message>
    <message>
        <source>S&amp;top the restore</source>
        <translation>A&amp;tal yr adfer</translation>
    </message>
    <message>
        <source>The restore was stopped. Nothing was written where the casebook was to go.</source>
        <translation>Ataliwyd yr adfer. Ni ysgrifennwyd dim lle roedd y llyfr achosion i fod i fynd.</translation>
    </message>
</context>
<context>
    <name>RuleSentences</name>
    <message>
        <source>Enter a UK postcode, for example SW1A 1AA.</source>
        <translation>Rhowch god post yn y DU, er enghraifft CF10 1AA.</translation>
    </message>
    <message>
        <source>An NHS number has 10 digits and ends with a check digit; check it was copied correctly.</source>
        <translation>Mae gan rif GIG 10 digid ac mae&apos;n gorffen gyda digid gwirio; gwiriwch iddo gael ei gopïo&apos;n gywir.</translation>
    </message>
    <message>
        <source>It is required.</source>
        <translation>Mae&apos;n ofynnol.</translation>
    </message>
    <message>
        <source>It is in the future.</source>
        <translation>Mae yn y dyfodol.</translation>
    </message>
    <message>
        <source>It gives an age outside 8 to 30 years today.</source>
        <translation>Mae&apos;n rhoi oed y tu allan i 8 i 30 oed heddiw.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Dewiswch un o&apos;r gwerthoedd yn y rhestr.</translation>
    </message>
    <message numerus="yes">
        <source>It is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>Mae&apos;n rhy hir: %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae&apos;n rhy hir: %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae&apos;n rhy hir: %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae&apos;n rhy hir: %n nod ar y mwyaf.</numerusform>
            <numerusform>Mae&apos;n rhy hir: %n nod ar y mwyaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is too long.</source>
        <translation>Mae&apos;n rhy hir.</translation>
    </message>
    <message>
        <source>There are too many: remove some.</source>
        <translation>Mae gormod: tynnwch rai.</translation>
    </message>
    <message>
        <source>It contains characters that cannot be stored; retype it.</source>
        <translation>Mae&apos;n cynnwys nodau nad oes modd eu cadw; teipiwch ef eto.</translation>
    </message>
    <message>
        <source>It must fit on one line.</source>
        <translation>Rhaid iddo ffitio ar un llinell.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - only; write an extension as &quot;ext 123&quot;.</source>
        <translation>Defnyddiwch ddigidau, bylchau a + ( ) - yn unig; ysgrifennwch estyniad fel &quot;ext 123&quot;.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and / - . _ only.</source>
        <translation>Defnyddiwch lythrennau, digidau, bylchau a / - . _ yn unig.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Mae angen enw ar bob cyswllt.</translation>
    </message>
    <message>
        <source>Tick SEND/ALN as well when a plan is in place.</source>
        <translation>Ticiwch AAAA/ADY hefyd pan fydd cynllun ar waith.</translation>
    </message>
    <message>
        <source>Please check %1: %2</source>
        <translation>Gwiriwch %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an age band</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between age bands</comment>
        <translation> neu </translation>
    </message>
    <message>
        <source>a looked-after child</source>
        <translation>yn blentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>on a child-protection plan</source>
        <translation>ar gynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>a child in need</source>
        <translation>yn blentyn mewn angen</translation>
    </message>
    <message>
        <source>receiving Early Help</source>
        <translation>yn cael Cymorth Cynnar</translation>
    </message>
    <message>
        <source>a care leaver</source>
        <translation>yn ymadawr gofal</translation>
    </message>
    <message>
        <source>the subject of an exploitation concern</source>
        <translation>yn destun pryder am gamfanteisio</translation>
    </message>
    <message>
        <source>on a statutory order</source>
        <translation>ar orchymyn statudol</translation>
    </message>
    <message>
        <source>Not yet born on %1, the date of the event; the scheme takes ages %2.</source>
        <translation>Heb ei eni eto ar %1, dyddiad y digwyddiad; mae&apos;r cynllun yn derbyn oedrannau %2.</translation>
    </message>
    <message>
        <source>Aged %1 on %2, the date of the event; the scheme takes ages %3.</source>
        <translation>Yn %1 oed ar %2, dyddiad y digwyddiad; mae&apos;r cynllun yn derbyn oedrannau %3.</translation>
    </message>
    <message>
        <source>Received on %1, before the event on %2.</source>
        <translation>Daeth i law ar %1, cyn y digwyddiad ar %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>months and days</comment>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received on %1, %2 after the event on %3; the scheme takes referrals within %n month(s).</source>
        <translation>
            <numerusform>Daeth i law ar %1, %2 ar ôl y digwyddiad ar %3; mae&apos;r cynllun yn derbyn atgyfeiriadau o fewn %n mis.</numerusform>
            <numerusform>Daeth i law ar %1, %2 ar ôl y digwyddiad ar %3; mae&apos;r cynllun yn derbyn atgyfeiriadau o fewn %n mis.</numerusform>
            <numerusform>Daeth i law ar %1, %2 ar ôl y digwyddiad ar %3; mae&apos;r cynllun yn derbyn atgyfeiriadau o fewn %n mis.</numerusform>
            <numerusform>Daeth i law ar %1, %2 ar ôl y digwyddiad ar %3; mae&apos;r cynllun yn derbyn atgyfeiriadau o fewn %n mis.</numerusform>
            <numerusform>Daeth i law ar %1, %2 ar ôl y digwyddiad ar %3; mae&apos;r cynllun yn derbyn atgyfeiriadau o fewn %n mis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already supported by this scheme before; the scheme supports a young person once.</source>
        <translation>Wedi cael cymorth gan y cynllun hwn o&apos;r blaen; mae&apos;r cynllun yn cefnogi person ifanc unwaith.</translation>
    </message>
    <message>
        <source>Route %1: the scheme does not take referrals by this route.</source>
        <translation>Llwybr %1: nid yw&apos;r cynllun yn derbyn atgyfeiriadau drwy&apos;r llwybr hwn.</translation>
    </message>
    <message>
        <source>The young person is %1; the scheme excludes this.</source>
        <translation>Mae&apos;r person ifanc %1; mae&apos;r cynllun yn eithrio hyn.</translation>
    </message>
    <message>
        <source>The date of birth is not recorded, so the age cannot be checked.</source>
        <translation>Nid yw&apos;r dyddiad geni wedi&apos;i gofnodi, felly ni ellir gwirio&apos;r oedran.</translation>
    </message>
    <message>
        <source>The date of the event is not recorded, so the age and time window cannot be checked.</source>
        <translation>Nid yw dyddiad y digwyddiad wedi&apos;i gofnodi, felly ni ellir gwirio&apos;r oedran na&apos;r cyfnod amser.</translation>
    </message>
    <message>
        <source>The date received is not recorded, so the time window cannot be checked.</source>
        <translation>Nid yw&apos;r dyddiad y daeth i law wedi&apos;i gofnodi, felly ni ellir gwirio&apos;r cyfnod amser.</translation>
    </message>
    <message>
        <source>A date the rules need is not recorded.</source>
        <translation>Nid yw dyddiad sydd ei angen ar y rheolau wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1af</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2il</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3ydd</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4ydd</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5ed</translation>
    </message>
    <message>
        <source>6th</source>
        <translation>6ed</translation>
    </message>
    <message>
        <source>7th</source>
        <translation>7fed</translation>
    </message>
    <message>
        <source>8th</source>
        <translation>8fed</translation>
    </message>
    <message>
        <source>9th</source>
        <translation>9fed</translation>
    </message>
    <message>
        <source>10th</source>
        <translation>10fed</translation>
    </message>
    <message>
        <source>no. %1</source>
        <comment>an ordinal above 10</comment>
        <translation>rhif %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 referral in %n month(s)</source>
        <comment>%1 is an ordinal, e.g. 3rd</comment>
        <translation>
            <numerusform>%1 atgyfeiriad mewn %n mis</numerusform>
            <numerusform>%1 atgyfeiriad mewn %n mis</numerusform>
            <numerusform>%1 atgyfeiriad mewn %n mis</numerusform>
            <numerusform>%1 atgyfeiriad mewn %n mis</numerusform>
            <numerusform>%1 atgyfeiriad mewn %n mis</numerusform>
        </translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad erbyn</translation>
    </message>
    <message>
        <source>due today (%1)</source>
        <translation>erbyn heddiw (%1)</translation>
    </message>
    <message numerus="yes">
        <source>due %1, %n working day(s) left</source>
        <translation>
            <numerusform>erbyn %1, %n diwrnod gwaith ar ôl</numerusform>
            <numerusform>erbyn %1, %n diwrnod gwaith ar ôl</numerusform>
            <numerusform>erbyn %1, %n diwrnod gwaith ar ôl</numerusform>
            <numerusform>erbyn %1, %n diwrnod gwaith ar ôl</numerusform>
            <numerusform>erbyn %1, %n diwrnod gwaith ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working day(s) (due %1)</source>
        <translation>
            <numerusform>HWYR o %n diwrnod gwaith (erbyn %1)</numerusform>
            <numerusform>HWYR o %n diwrnod gwaith (erbyn %1)</numerusform>
            <numerusform>HWYR o %n diwrnod gwaith (erbyn %1)</numerusform>
            <numerusform>HWYR o %n diwrnod gwaith (erbyn %1)</numerusform>
            <numerusform>HWYR o %n diwrnod gwaith (erbyn %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>met on %1, in %n working day(s)</source>
        <translation>
            <numerusform>cyrhaeddwyd ar %1, mewn %n diwrnod gwaith</numerusform>
            <numerusform>cyrhaeddwyd ar %1, mewn %n diwrnod gwaith</numerusform>
            <numerusform>cyrhaeddwyd ar %1, mewn %n diwrnod gwaith</numerusform>
            <numerusform>cyrhaeddwyd ar %1, mewn %n diwrnod gwaith</numerusform>
            <numerusform>cyrhaeddwyd ar %1, mewn %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed: done on %1, after %n working day(s) (due %2)</source>
        <translation>
            <numerusform>methwyd: gwnaed ar %1, ar ôl %n diwrnod gwaith (erbyn %2)</numerusform>
            <numerusform>methwyd: gwnaed ar %1, ar ôl %n diwrnod gwaith (erbyn %2)</numerusform>
            <numerusform>methwyd: gwnaed ar %1, ar ôl %n diwrnod gwaith (erbyn %2)</numerusform>
            <numerusform>methwyd: gwnaed ar %1, ar ôl %n diwrnod gwaith (erbyn %2)</numerusform>
            <numerusform>methwyd: gwnaed ar %1, ar ôl %n diwrnod gwaith (erbyn %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE — due %1</source>
        <translation>HWYR — erbyn %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Erbyn heddiw</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Erbyn %1</translation>
    </message>
    <message>
        <source>Same date of birth</source>
        <translation>Yr un dyddiad geni</translation>
    </message>
    <message>
        <source>Date of birth with day and month swapped</source>
        <translation>Dyddiad geni gyda&apos;r diwrnod a&apos;r mis wedi&apos;u cyfnewid</translation>
    </message>
    <message>
        <source>Date of birth one day apart</source>
        <translation>Dyddiad geni un diwrnod ar wahân</translation>
    </message>
    <message>
        <source>Date of birth one month apart</source>
        <translation>Dyddiad geni un mis ar wahân</translation>
    </message>
    <message>
        <source>Date of birth one year apart</source>
        <translation>Dyddiad geni un flwyddyn ar wahân</translation>
    </message>
    <message>
        <source>Close to an estimated date of birth</source>
        <translation>Yn agos at ddyddiad geni amcangyfrifedig</translation>
    </message>
    <message>
        <source>Given and family names swapped</source>
        <translation>Enw cyntaf a chyfenw wedi&apos;u cyfnewid</translation>
    </message>
    <message>
        <source>Same given name</source>
        <translation>Yr un enw cyntaf</translation>
    </message>
    <message>
        <source>Matches the preferred name</source>
        <translation>Yn cyfateb i&apos;r enw dewisol</translation>
    </message>
    <message>
        <source>Given name is a short form of the other</source>
        <translation>Mae&apos;r enw cyntaf yn ffurf fer ar y llall</translation>
    </message>
    <message>
        <source>Given name one letter different</source>
        <translation>Enw cyntaf ag un llythyren yn wahanol</translation>
    </message>
    <message>
        <source>Given name is part of the other</source>
        <translation>Mae&apos;r enw cyntaf yn rhan o&apos;r llall</translation>
    </message>
    <message>
        <source>Similar given name</source>
        <translation>Enw cyntaf tebyg</translation>
    </message>
    <message>
        <source>Same family name</source>
        <translation>Yr un cyfenw</translation>
    </message>
    <message>
        <source>Family name one letter different</source>
        <translation>Cyfenw ag un llythyren yn wahanol</translation>
    </message>
    <message>
        <source>Family name is part of a double-barrelled name</source>
        <translation>Mae&apos;r cyfenw yn rhan o gyfenw dwbl</translation>
    </message>
    <message>
        <source>Similar family name</source>
        <translation>Cyfenw tebyg</translation>
    </message>
    <message>
        <source>Matches one of their other names</source>
        <translation>Yn cyfateb i un o&apos;u henwau eraill</translation>
    </message>
    <message>
        <source>Same postcode</source>
        <translation>Yr un cod post</translation>
    </message>
    <message numerus="yes">
        <source>Already supported by this scheme before (%n earlier referral(s) accepted); the scheme supports a young person once.</source>
        <translation>
            <numerusform>Wedi cael cymorth gan y cynllun hwn o&apos;r blaen (derbyniwyd %n atgyfeiriad cynharach); mae&apos;r cynllun yn cefnogi person ifanc unwaith.</numerusform>
            <numerusform>Wedi cael cymorth gan y cynllun hwn o&apos;r blaen (derbyniwyd %n atgyfeiriad cynharach); mae&apos;r cynllun yn cefnogi person ifanc unwaith.</numerusform>
            <numerusform>Wedi cael cymorth gan y cynllun hwn o&apos;r blaen (derbyniwyd %n atgyfeiriad cynharach); mae&apos;r cynllun yn cefnogi person ifanc unwaith.</numerusform>
            <numerusform>Wedi cael cymorth gan y cynllun hwn o&apos;r blaen (derbyniwyd %n atgyfeiriad cynharach); mae&apos;r cynllun yn cefnogi person ifanc unwaith.</numerusform>
            <numerusform>Wedi cael cymorth gan y cynllun hwn o&apos;r blaen (derbyniwyd %n atgyfeiriad cynharach); mae&apos;r cynllun yn cefnogi person ifanc unwaith.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search people</source>
        <translation>Chwilio am bobl</translation>
    </message>
    <message>
        <source>Type a name, case reference or date of birth. Press Escape to clear.</source>
        <translation>Teipiwch enw, cyfeirnod achos neu ddyddiad geni. Pwyswch Escape i glirio.</translation>
    </message>
    <message>
        <source>Search by name, case reference or its number, postcode, or date of birth (dd/mm/yyyy)</source>
        <translation>Chwilio yn ôl enw, cyfeirnod achos neu ei rif, cod post, neu ddyddiad geni (dd/mm/bbbb)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Face to face</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Planned (not yet recorded)</source>
        <translation>Wedi&apos;i chynllunio (heb ei chofnodi eto)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Heb fynychu</translation>
    </message>
    <message>
        <source>Cancelled by young person</source>
        <translation>Canslwyd gan y person ifanc</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Canslwyd gan staff</translation>
    </message>
    <message>
        <source>Living arrangements</source>
        <translation>Trefniadau byw</translation>
    </message>
    <message>
        <source>Family and relationships</source>
        <translation>Teulu a pherthnasoedd</translation>
    </message>
    <message>
        <source>Education, training and employment</source>
        <translation>Addysg, hyfforddiant a chyflogaeth</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Cymdogaeth</translation>
    </message>
    <message>
        <source>Peers and lifestyle</source>
        <translation>Cyfoedion a ffordd o fyw</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Defnyddio sylweddau</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Iechyd corfforol</translation>
    </message>
    <message>
        <source>Emotional and mental health</source>
        <translation>Iechyd emosiynol a meddyliol</translation>
    </message>
    <message>
        <source>Speech, language and communication</source>
        <translation>Lleferydd, iaith a chyfathrebu</translation>
    </message>
    <message>
        <source>Exploitation and safety</source>
        <translation>Camfanteisio a diogelwch</translation>
    </message>
    <message>
        <source>Thinking and behaviour</source>
        <translation>Meddwl ac ymddygiad</translation>
    </message>
    <message>
        <source>Attitudes to offending</source>
        <translation>Agweddau at droseddu</translation>
    </message>
    <message>
        <source>Motivation to change</source>
        <translation>Cymhelliant i newid</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesiwn newydd</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Start time (UK time)</source>
        <translation>Amser dechrau (amser y DU)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Amser:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Hyd mewn munudau</translation>
    </message>
    <message>
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Hyd:</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Math o sesiwn</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ma&amp;th:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Mynychwyr</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Mynychwyr:</translation>
    </message>
    <message>
        <source>Case or referral reference of another attendee</source>
        <translation>Cyfeirnod achos neu atgyfeiriad mynychwr arall</translation>
    </message>
    <message>
        <source>Case or referral reference</source>
        <translation>Cyfeirnod achos neu atgyfeiriad</translation>
    </message>
    <message>
        <source>Add atte&amp;ndee</source>
        <translation>&amp;Ychwanegu mynychwr</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Tynn&amp;u</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>Tynnu&apos;r mynychwr a ddewiswyd</translation>
    </message>
    <message>
        <source>Domains addressed</source>
        <translation>Parthau a drafodwyd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Cadw&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Presenoldeb %1</translation>
    </message>
    <message>
        <source>Type the case reference or referral reference of the young person to add.</source>
        <translation>Teipiwch gyfeirnod achos neu gyfeirnod atgyfeirio&apos;r person ifanc i&apos;w ychwanegu.</translation>
    </message>
    <message>
        <source>This young person has no open referral.</source>
        <translation>Nid oes gan y person ifanc hwn atgyfeiriad agored.</translation>
    </message>
    <message>
        <source>No young person or referral has that reference.</source>
        <translation>Nid oes gan unrhyw berson ifanc nac atgyfeiriad y cyfeirnod hwnnw.</translation>
    </message>
    <message>
        <source>This young person is already an attendee.</source>
        <translation>Mae&apos;r person ifanc hwn eisoes yn fynychwr.</translation>
    </message>
    <message>
        <source>Type the date of the session.</source>
        <translation>Teipiwch ddyddiad y sesiwn.</translation>
    </message>
    <message>
        <source>That time does not exist in the UK: the clocks go forward an hour at 1am on the last Sunday of March.</source>
        <translation>Nid yw&apos;r amser hwnnw&apos;n bodoli yn y DU: mae&apos;r clociau&apos;n mynd ymlaen awr am 1am ar ddydd Sul olaf mis Mawrth.</translation>
    </message>
    <message>
        <source>Attendance can be recorded once the session has started. Until then it is planned (or cancelled).</source>
        <translation>Gellir cofnodi presenoldeb unwaith y bydd y sesiwn wedi dechrau. Tan hynny mae wedi&apos;i chynllunio (neu wedi&apos;i chanslo).</translation>
    </message>
    <message>
        <source>Only a group session has several attendees: choose the type Group.</source>
        <translation>Dim ond sesiwn grŵp sydd â sawl mynychwr: dewiswch y math Grŵp.</translation>
    </message>
    <message>
        <source>The duration is 1 to 720 minutes.</source>
        <translation>Mae&apos;r hyd rhwng 1 a 720 munud.</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Sesiwn heb ei chadw</translation>
    </message>
    <message>
        <source>This session has changes that are not saved. Discard them?</source>
        <translation>Mae gan y sesiwn hon newidiadau sydd heb eu cadw. Eu gwaredu?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Parhau i &amp;olygu</translation>
    </message>
    <message>
        <source>Doma&amp;ins addressed:</source>
        <translation>&amp;Parthau a drafodwyd:</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ychwanegu sesiwn</translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation>Agor y sesiwn a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source> (group of %n)</source>
        <translation>
            <numerusform> (grŵp o %n)</numerusform>
            <numerusform> (grŵp o %n)</numerusform>
            <numerusform> (grŵp o %n)</numerusform>
            <numerusform> (grŵp o %n)</numerusform>
            <numerusform> (grŵp o %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;w session…</source>
        <translation>Sesiwn ne&amp;wydd…</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Agor y sesiwn…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Waymark</source>
        <translation>Gosodiadau — Waymark</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language is used the next time Waymark starts.</source>
        <translation>Bydd iaith newydd yn cael ei defnyddio y tro nesaf y bydd Waymark yn dechrau.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nodyn am yr iaith</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Cloi ar ôl munudau heb ddefnydd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Cloi ar ôl:</translation>
    </message>
    <message>
        <source>Waymark locks the casebook when nobody has used it for this long. Press Ctrl+L to lock it at once.</source>
        <translation>Mae Waymark yn cloi&apos;r llyfr achosion pan nad oes neb wedi&apos;i ddefnyddio am gyhyd â hyn. Pwyswch Ctrl+L i&apos;w gloi ar unwaith.</translation>
    </message>
    <message>
        <source>Auto-lock note</source>
        <translation>Nodyn am gloi awtomatig</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Tasg newydd</translation>
    </message>
    <message>
        <source>Find the young person</source>
        <translation>Dod o hyd i’r person ifanc</translation>
    </message>
    <message>
        <source>Name or case reference</source>
        <translation>Enw neu gyfeirnod achos</translation>
    </message>
    <message>
        <source>Find &amp;young person:</source>
        <translation>Dod o hyd i’r person &amp;ifanc:</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Person ifanc</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Young person:</source>
        <translation>Person ifanc:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Referral the task belongs to</source>
        <translation>Yr atgyfeiriad y mae’r dasg yn perthyn iddo</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Atgyfeiriad:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i’w wneud</translation>
    </message>
    <message>
        <source>e.g. Ring the school about the timetable</source>
        <translation>e.e. Ffonio’r ysgol am yr amserlen</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Beth i’w wneud:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>E&amp;rbyn:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Pwy sy’n ei gwneud</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (chi)</translation>
    </message>
    <message>
        <source>Who &amp;does it:</source>
        <translation>Pwy sy’n ei &amp;gwneud:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Save task</source>
        <translation>&amp;Cadw’r dasg</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (daeth i law %2)</translation>
    </message>
    <message>
        <source>Choose the young person the task is for.</source>
        <translation>Dewiswch y person ifanc y mae’r dasg ar ei gyfer.</translation>
    </message>
    <message>
        <source>Give the date the task is due.</source>
        <translation>Rhowch y dyddiad y mae’r dasg i’w gwneud erbyn.</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>beth i’w wneud</translation>
    </message>
    <message>
        <source>Discard this task?</source>
        <translation>Taflu’r dasg hon?</translation>
    </message>
    <message>
        <source>The task has not been saved. Discard what you typed?</source>
        <translation>Nid yw’r dasg wedi’i chadw. Taflu’r hyn a deipiwyd gennych?</translation>
    </message>
    <message>
        <source>Discard task</source>
        <translation>Taflu’r dasg</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Parhau i olygu</translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>Current referral</source>
        <translation>Atgyfeiriad cyfredol</translation>
    </message>
    <message>
        <source>Open referral</source>
        <translation>Agor yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Open the current referral</source>
        <translation>Agor yr atgyfeiriad cyfredol</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Dim atgyfeiriadau eto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current referral %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Atgyfeiriad cyfredol %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>unallocated</source>
        <translation>heb ei ddyrannu</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>gweithiwr %1</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) in all</source>
        <translation>
            <numerusform>%n atgyfeiriad i gyd</numerusform>
            <numerusform>%n atgyfeiriad i gyd</numerusform>
            <numerusform>%n atgyfeiriad i gyd</numerusform>
            <numerusform>%n atgyfeiriad i gyd</numerusform>
            <numerusform>%n atgyfeiriad i gyd</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat referral (%1)</source>
        <translation>atgyfeiriad dro ar ôl tro (%1)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tasg agored</numerusform>
            <numerusform>%n tasg agored</numerusform>
            <numerusform>%n tasg agored</numerusform>
            <numerusform>%n tasg agored</numerusform>
            <numerusform>%n tasg agored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Atgyfeiriad wedi dod i law</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Wedi’i ddyrannu</translation>
    </message>
    <message>
        <source>Taken by a caseworker</source>
        <translation>Wedi’i gymryd gan weithiwr achos</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Eligibility overridden</source>
        <translation>Cymhwysedd wedi’i ddiystyru</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Tasg wedi’i gwneud</translation>
    </message>
    <message>
        <source>⚠ Assessment overdue</source>
        <translation>⚠ Asesiad yn hwyr</translation>
    </message>
    <message>
        <source>Assessment due</source>
        <translation>Asesiad i’w wneud</translation>
    </message>
    <message>
        <source>⚠ Review overdue</source>
        <translation>⚠ Adolygiad yn hwyr</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad i’w wneud</translation>
    </message>
    <message>
        <source>⚠ Task overdue</source>
        <translation>⚠ Tasg yn hwyr</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tasg i’w gwneud</translation>
    </message>
    <message>
        <source>(sensitive: hidden)</source>
        <translation>(sensitif: cudd)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Wedi cau: %1</translation>
    </message>
    <message>
        <source>Outcomes at the start</source>
        <translation>Canlyniadau ar y dechrau</translation>
    </message>
    <message>
        <source>Outcomes at the end</source>
        <translation>Canlyniadau ar y diwedd</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Cynlluniau</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Dangos:</translation>
    </message>
    <message>
        <source>Show %1 on the timeline</source>
        <translation>Dangos %1 ar y llinell amser</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Timeline from date</source>
        <translation>Llinell amser o’r dyddiad</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>unrhyw ddyddiad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>Timeline to date</source>
        <translation>Llinell amser hyd at y dyddiad</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Llinell amser, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Nothing on the timeline for these filters.</source>
        <translation>Dim byd ar y llinell amser gyda’r hidlau hyn.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), all shown.</source>
        <translation>
            <numerusform>%n digwyddiad, pob un yn cael ei ddangos.</numerusform>
            <numerusform>%n digwyddiad, pob un yn cael ei ddangos.</numerusform>
            <numerusform>%n digwyddiad, pob un yn cael ei ddangos.</numerusform>
            <numerusform>%n digwyddiad, pob un yn cael ei ddangos.</numerusform>
            <numerusform>%n digwyddiad, pob un yn cael ei ddangos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n digwyddiad yn cael eu dangos; sgroliwch i lawr am rai hŷn.</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos; sgroliwch i lawr am rai hŷn.</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos; sgroliwch i lawr am rai hŷn.</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos; sgroliwch i lawr am rai hŷn.</numerusform>
            <numerusform>%n digwyddiad yn cael eu dangos; sgroliwch i lawr am rai hŷn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casebook — Waymark</source>
        <translation>Datgloi llyfr achosion — Waymark</translation>
    </message>
    <message>
        <source>Unlock casebook</source>
        <translation>Datgloi llyfr achosion</translation>
    </message>
    <message>
        <source>Waymark logo</source>
        <translation>Logo Waymark</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlock %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datgloi %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Casebook name</source>
        <translation>Enw’r llyfr achosion</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Ffeil y llyfr achosion</translation>
    </message>
    <message>
        <source>Demo sign-in</source>
        <translation>Mewngofnodi enghreifftiol</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>&amp;Other casebook…</source>
        <translation>Llyfr achosion &amp;arall…</translation>
    </message>
    <message>
        <source>Create or open another casebook</source>
        <translation>Creu neu agor llyfr achosion arall</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Teipiwch eich enw defnyddiwr a&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthetic demo data&lt;/b&gt; — every person in this casebook is made up.&lt;br&gt;Demo sign-in:&lt;br&gt;user %1, password %2</source>
        <translation>&lt;b&gt;Data enghreifftiol synthetig&lt;/b&gt; — mae pob person yn y llyfr achosion hwn yn ffug.&lt;br&gt;Mewngofnodi enghreifftiol:&lt;br&gt;defnyddiwr %1, cyfrinair %2</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi’n datgloi…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide — Waymark</source>
        <translation>Canllaw defnyddiwr — Waymark</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>The last active coordinator cannot be given another role. Make someone else a coordinator first.</source>
        <translation>Ni ellir rhoi rôl arall i&apos;r cydlynydd gweithredol olaf. Gwnewch rywun arall yn gydlynydd yn gyntaf.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account. Another coordinator can.</source>
        <translation>Ni allwch ddadactifadu eich cyfrif eich hun. Gall cydlynydd arall wneud hynny.</translation>
    </message>
    <message>
        <source>Choose another user name: 2 to 64 letters (a–z), digits, dots, hyphens or underscores.</source>
        <translation>Dewiswch enw defnyddiwr arall: 2 i 64 o lythrennau (a–z), digidau, atalnodau llawn, cysylltnodau neu danlinellau.</translation>
    </message>
    <message>
        <source>A user with that name already exists (or did: a deactivated name is not reused).</source>
        <translation>Mae defnyddiwr gyda&apos;r enw hwnnw eisoes yn bodoli (neu roedd: nid yw enw wedi&apos;i ddadactifadu&apos;n cael ei ailddefnyddio).</translation>
    </message>
    <message>
        <source>That user no longer has an active account.</source>
        <translation>Nid oes gan y defnyddiwr hwnnw gyfrif gweithredol mwyach.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>The staff who can sign in to this casebook. Every change is recorded in the audit trail.</source>
        <translation>Y staff sy&apos;n gallu mewngofnodi i&apos;r llyfr achosion hwn. Caiff pob newid ei gofnodi yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ychwanegu defnyddiwr…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Newid &amp;rôl…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Ailosod cyfrinair…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Dadactifadu…</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Dadactifadu defnyddiwr</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; what they recorded stays, with their name on it.</source>
        <translation>Dadactifadu %1? Ni fyddant yn gallu mewngofnodi mwyach; mae&apos;r hyn a gofnodwyd ganddynt yn aros, gyda&apos;u henw arno.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Nac ydy (wedi&apos;i ddadactifadu)</translation>
    </message>
    <message>
        <source>%1 was added. They sign in with the password you set.</source>
        <translation>Ychwanegwyd %1. Maent yn mewngofnodi gyda&apos;r cyfrinair a osodwyd gennych.</translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation>Newidiwyd rôl %1.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They choose a new one when they next sign in.</source>
        <translation>Ailosodwyd cyfrinair %1. Byddant yn dewis un newydd pan fyddant yn mewngofnodi nesaf.</translation>
    </message>
    <message>
        <source>%1 was deactivated and can no longer sign in.</source>
        <translation>Dadactifadwyd %1 ac ni all fewngofnodi mwyach.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Waymark: casework for youth diversion schemes.</source>
        <translation>Waymark: gwaith achos ar gyfer cynlluniau dargyfeirio ieuenctid.</translation>
    </message>
    <message>
        <source>Open the demo casebook of made-up people (made first if missing). Default place: %1</source>
        <translation>Agor y llyfr achosion enghreifftiol o bobl ffug (caiff ei greu yn gyntaf os nad yw&apos;n bodoli). Lleoliad rhagosodedig: %1</translation>
    </message>
    <message>
        <source>The casebook file to open (optional).</source>
        <translation>Ffeil y llyfr achosion i&apos;w hagor (dewisol).</translation>
    </message>
</context>
<context>
    <name>waymark::convert</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Enw defnyddiwr neu gyfrinair anghywir.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes and try again.</source>
        <translation>Gormod o ymdrechion aflwyddiannus. Arhoswch ychydig funudau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This casebook is damaged and cannot be opened. Restore it from your most recent backup, and keep the damaged file for your support team.</source>
        <translation>Mae&apos;r llyfr achosion hwn wedi&apos;i ddifrodi ac nid oes modd ei agor. Adferwch ef o&apos;ch copi wrth gefn diweddaraf, a chadwch y ffeil sydd wedi&apos;i difrodi ar gyfer eich tîm cymorth.</translation>
    </message>
    <message>
        <source>This casebook was written by a newer version of Waymark. Install the newer version to open it; the file has not been changed.</source>
        <translation>Cafodd y llyfr achosion hwn ei ysgrifennu gan fersiwn mwy newydd o Waymark. Gosodwch y fersiwn mwy newydd i&apos;w agor; nid yw&apos;r ffeil wedi cael ei newid.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Nid yw eich rôl yn caniatáu hyn.</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>Ni chafwyd hyd i&apos;r cofnod.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Mae hwnnw&apos;n bodoli&apos;n barod.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it. Reopen it and make your change again.</source>
        <translation>Cadwodd rhywun arall y cofnod hwn tra oeddech chi&apos;n ei olygu. Agorwch ef eto a gwnewch eich newid unwaith eto.</translation>
    </message>
    <message>
        <source>The encrypted database engine (SQLCipher) is missing or broken.</source>
        <translation>Mae&apos;r peiriant cronfa ddata wedi&apos;i hamgryptio (SQLCipher) ar goll neu wedi torri.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Wedi&apos;i ganslo.</translation>
    </message>
    <message>
        <source>Please check %1: %2</source>
        <translation>Gwiriwch %1: %2</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Aeth rhywbeth o&apos;i le: %1</translation>
    </message>
    <message>
        <source>That folder or file does not exist.</source>
        <translation>Nid yw&apos;r ffolder na&apos;r ffeil honno&apos;n bodoli.</translation>
    </message>
    <message>
        <source>The casebook is in use by another Waymark window or program. Try again in a moment.</source>
        <translation>Mae’r llyfr achosion yn cael ei ddefnyddio gan ffenestr neu raglen Waymark arall. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>This file is empty, so it is not a Waymark casebook. If copying it or creating it was interrupted, copy or create it again.</source>
        <translation>Mae&apos;r ffeil hon yn wag, felly nid llyfr achosion Waymark yw hi. Os torrwyd ar draws ei chopïo neu ei chreu, copïwch neu crëwch hi eto.</translation>
    </message>
    <message>
        <source>This is a folder, not a Waymark casebook. Choose the casebook file inside it.</source>
        <translation>Ffolder yw hwn, nid llyfr achosion Waymark. Dewiswch ffeil y llyfr achosion sydd ynddo.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it is not a Waymark casebook.</source>
        <translation>Nid ffeil gyffredin yw hon, felly nid llyfr achosion Waymark yw hi.</translation>
    </message>
    <message>
        <source>This is an ordinary, unencrypted database, not a Waymark casebook.</source>
        <translation>Cronfa ddata gyffredin, heb ei hamgryptio, yw hon, nid llyfr achosion Waymark.</translation>
    </message>
    <message>
        <source>This file is not a Waymark casebook. Choose the .waymark file your coordinator gave you.</source>
        <translation>Nid llyfr achosion Waymark yw&apos;r ffeil hon. Dewiswch y ffeil .waymark a roddodd eich cydlynydd i chi.</translation>
    </message>
    <message>
        <source>The casebook&apos;s key file (the .keys file with the same name) is missing from its folder. Copy it there from where the casebook came from. Nothing has been changed.</source>
        <translation>Mae ffeil allweddi&apos;r llyfr achosion (y ffeil .keys gyda&apos;r un enw) ar goll o&apos;i ffolder. Copïwch hi yno o&apos;r lle y daeth y llyfr achosion. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>The key file beside this file belongs to a different casebook, or this file is not a Waymark casebook. Put the casebook&apos;s own .keys file beside it. Nothing has been changed.</source>
        <translation>Mae&apos;r ffeil allweddi wrth ochr y ffeil hon yn perthyn i lyfr achosion arall, neu nid llyfr achosion Waymark yw&apos;r ffeil hon. Rhowch ffeil .keys y llyfr achosion ei hun wrth ei hochr. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Mae&apos;r ddisg yn llawn. Rhyddhewch ychydig o le a rhowch gynnig arall arni; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The casebook cannot be written: the file, its key file or its folder is read-only. Waymark records every sign-in, so it needs to write there. Nothing was changed.</source>
        <translation>Ni ellir ysgrifennu i&apos;r llyfr achosion: mae&apos;r ffeil, ei ffeil allweddi neu ei ffolder yn ddarllen-yn-unig. Mae Waymark yn cofnodi pob mewngofnodi, felly mae angen iddo ysgrifennu yno. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>You do not have permission to use this casebook file. Nothing was changed.</source>
        <translation>Nid oes gennych ganiatâd i ddefnyddio ffeil y llyfr achosion hon. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The disk could not read or write the casebook. Nothing was changed.</source>
        <translation>Ni allai&apos;r ddisg ddarllen nac ysgrifennu&apos;r llyfr achosion. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The casebook and its key file are from different moments: one of them is an older copy. Put back the pair that belongs together, or ask your coordinator. Nothing has been changed.</source>
        <translation>Mae&apos;r llyfr achosion a&apos;i ffeil allweddi o adegau gwahanol: mae un ohonynt yn gopi hŷn. Rhowch yn ôl y pâr sy&apos;n perthyn i&apos;w gilydd, neu gofynnwch i&apos;ch cydlynydd. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>This backup is of this casebook, but from before a rekey on %1 replaced its key, so it cannot be restored over the casebook as it is now. Restore it into a new place with the backup&apos;s own key file (it opens with the passwords of then), or ask your coordinator. Nothing has been changed.</source>
        <translation>Mae&apos;r copi wrth gefn hwn o&apos;r llyfr achosion hwn, ond o cyn i allwedd newydd ar %1 gymryd lle ei allwedd, felly ni ellir ei adfer dros y llyfr achosion fel y mae nawr. Adferwch ef i le newydd gyda ffeil allweddi&apos;r copi ei hun (mae&apos;n agor gyda&apos;r cyfrineiriau oedd yn bod bryd hynny), neu gofynnwch i&apos;ch cydlynydd. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>This backup is of this casebook, but from before a rekey replaced its key, so it cannot be restored over the casebook as it is now. Restore it into a new place with the backup&apos;s own key file (it opens with the passwords of then), or ask your coordinator. Nothing has been changed.</source>
        <translation>Mae&apos;r copi wrth gefn hwn o&apos;r llyfr achosion hwn, ond o cyn i allwedd newydd gymryd lle ei allwedd, felly ni ellir ei adfer dros y llyfr achosion fel y mae nawr. Adferwch ef i le newydd gyda ffeil allweddi&apos;r copi ei hun (mae&apos;n agor gyda&apos;r cyfrineiriau oedd yn bod bryd hynny), neu gofynnwch i&apos;ch cydlynydd. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>This casebook was changed outside Waymark: its authority key is not the one your key slot holds, so nobody&apos;s role in it can be trusted and it does not open for work. Ask your coordinator or auditor to check it (waymark-cli verify) and restore the last good backup. Nothing has been changed.</source>
        <translation>Newidiwyd y llyfr achosion hwn y tu allan i Waymark: nid ei allwedd awdurdod yw&apos;r un sydd yn eich slot allwedd, felly ni ellir ymddiried yn rôl neb ynddo ac nid yw&apos;n agor ar gyfer gwaith. Gofynnwch i&apos;ch cydlynydd neu&apos;ch archwilydd ei wirio (waymark-cli verify) ac adfer y copi wrth gefn da diwethaf. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <source>Your account in this casebook does not match its signed list of users: it was changed outside Waymark. Ask your coordinator or auditor to check the casebook (waymark-cli verify). Nothing has been changed.</source>
        <translation>Nid yw eich cyfrif yn y llyfr achosion hwn yn cyfateb i&apos;w restr lofnodedig o ddefnyddwyr: cafodd ei newid y tu allan i Waymark. Gofynnwch i&apos;ch cydlynydd neu&apos;ch archwilydd wirio&apos;r llyfr achosion (waymark-cli verify). Nid oes dim wedi newid.</translation>
    </message>
</context>
</TS>
