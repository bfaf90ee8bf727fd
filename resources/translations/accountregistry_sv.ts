<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): you may use, study, share and change it. &lt;a href=&quot;{url}&quot;&gt;The licence&lt;/a&gt;</source>
        <translation>Fri programvara under GNU General Public License, version 3 eller senare ({licence}): du får använda, studera, dela och ändra den. &lt;a href=&quot;{url}&quot;&gt;Licensen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Töm fältet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>AccountDetail</name>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Changes in the registry</source>
        <translation>Ändringar i registret</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>person no. {number}</source>
        <translation>person nr {number}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: ”{old}” → ”{new}”</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>en roll</translation>
    </message>
    <message>
        <source>account</source>
        <translation type="vanished">konto</translation>
    </message>
    <message>
        <source>Registered the {platform} {presence} “{handle}”</source>
        <translation type="vanished">Registrerade {platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <source>Granted {role} to {person}</source>
        <translation>Gav {person} rollen {role}</translation>
    </message>
    <message>
        <source>Imported the {account}</source>
        <translation>Importerade {account}</translation>
    </message>
    <message>
        <source>Revoked {role} from {person}</source>
        <translation>Återkallade rollen {role} från {person}</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s {document} ({channel}), covering terms version {version}</source>
        <translation>Registrerade {person}s {document} ({channel}), som omfattar villkorsversion {version}</translation>
    </message>
    <message>
        <source>Removed signed scan {scan}: the person who signed it was anonymised</source>
        <translation>Tog bort undertecknad skanning {scan}: personen som undertecknade den anonymiserades</translation>
    </message>
    <message>
        <source>Kept a signed scan with agreement {agreement}: {file}</source>
        <translation>Sparade en undertecknad skanning med överenskommelse {agreement}: {file}</translation>
    </message>
    <message>
        <source>Agreed handover terms, version {version}</source>
        <translation>Kom överens om överlämningsvillkor, version {version}</translation>
    </message>
    <message>
        <source>Imported the {platform} {presence} “{handle}”</source>
        <translation type="vanished">Importerade {platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <source>Changed the record of a role</source>
        <translation>Ändrade uppgifterna om en roll</translation>
    </message>
    <message>
        <source>Changed recorded handover terms</source>
        <translation>Ändrade registrerade överlämningsvillkor</translation>
    </message>
    <message>
        <source>Changed an offboarding checklist item</source>
        <translation>Ändrade en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <source>Changed the record of the holder&apos;s ambassador consent</source>
        <translation>Ändrade uppgifterna om innehavarens ambassadörssamtycke</translation>
    </message>
    <message>
        <source>Changed the record of an agreement</source>
        <translation>Ändrade uppgifterna om ett avtal</translation>
    </message>
    <message>
        <source>Changed the account</source>
        <translation>Ändrade kontot</translation>
    </message>
    <message>
        <source>Archived the account</source>
        <translation>Arkiverade kontot</translation>
    </message>
    <message>
        <source>Confirmed the record in a review</source>
        <translation>Bekräftade uppgifterna vid en granskning</translation>
    </message>
    <message>
        <source>Flagged the record for change in a review</source>
        <translation>Flaggade uppgifterna för ändring vid en granskning</translation>
    </message>
    <message>
        <source>Resolved the review&apos;s flag for change</source>
        <translation>Åtgärdade granskningens markering för ändring</translation>
    </message>
    <message>
        <source>Recorded the holder&apos;s ambassador consent</source>
        <translation>Registrerade innehavarens ambassadörssamtycke</translation>
    </message>
    <message>
        <source>Recorded that the holder&apos;s ambassador consent is withdrawn</source>
        <translation>Registrerade att innehavarens ambassadörssamtycke är återkallat</translation>
    </message>
    <message>
        <source>Planned an offboarding checklist item</source>
        <translation>Planerade en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <source>Ticked off an offboarding checklist item</source>
        <translation>Bockade av en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <source>Waived an offboarding checklist item</source>
        <translation>Undantog en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <source>Reopened an offboarding checklist item</source>
        <translation>Öppnade en punkt i avslutschecklistan igen</translation>
    </message>
    <message>
        <source>{action} ({entity})</source>
        <translation>{action} ({entity})</translation>
    </message>
    <message>
        <source>Changed the account in an import</source>
        <translation>Ändrade kontot vid en import</translation>
    </message>
    <message>
        <source>Granted {role} to {person} in an import</source>
        <translation>Gav {person} rollen {role} vid en import</translation>
    </message>
    <message>
        <source>Imported handover terms, version {version}</source>
        <translation>Importerade överlämningsvillkor, version {version}</translation>
    </message>
    <message>
        <source>login</source>
        <translation>inloggning</translation>
    </message>
    <message>
        <source>Registered the {account}</source>
        <translation>Registrerade {account}</translation>
    </message>
    <message>
        <source>Stored the {field} in the keyring</source>
        <translation>Sparade {field} i nyckelringen</translation>
    </message>
    <message>
        <source>Replaced the {field} in the keyring</source>
        <translation>Ersatte {field} i nyckelringen</translation>
    </message>
    <message>
        <source>Deleted the {field} from the keyring</source>
        <translation>Tog bort {field} från nyckelringen</translation>
    </message>
    <message>
        <source>Marked the login as rotated</source>
        <translation>Markerade inloggningen som bytt</translation>
    </message>
</context>
<context>
    <name>AccountDetailWindow</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>Inloggnings&amp;uppgifter</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tilldelad den</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Tilldelad av</translation>
    </message>
    <message>
        <source>Active administrators</source>
        <translation>Aktiva administratörer</translation>
    </message>
    <message>
        <source>Revoke the selected role</source>
        <translation>Återkalla den valda rollen</translation>
    </message>
    <message>
        <source>Why the role ends, e.g. left the company, changed team</source>
        <translation>Varför rollen upphör, t.ex. har slutat, bytt team</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Åter&amp;kalla</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>Someone else changed this account. Your unsaved changes are still here; Reload shows theirs instead.</source>
        <translation>Någon annan har ändrat det här kontot. Dina osparade ändringar finns kvar; Läs in igen visar den andras i stället.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Läs in i&amp;gen</translation>
    </message>
    <message>
        <source>Reload the account</source>
        <translation>Läs in kontot igen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>Adm&amp;inistrators</source>
        <translation>Administratö&amp;rer</translation>
    </message>
    <message>
        <source>Handover te&amp;rms</source>
        <translation>Överl&amp;ämningsvillkor</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Am&amp;bassador consent</source>
        <translation>Am&amp;bassadörssamtycke</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="vanished">Överenskommelser</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Resolve the flag</source>
        <translation>Åtgärda markeringen</translation>
    </message>
    <message>
        <source>Resolve the flag for change</source>
        <translation>Åtgärda markeringen för ändring</translation>
    </message>
    <message>
        <source>Other active roles</source>
        <translation>Andra aktiva roller</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <source>Revoked o&amp;n</source>
        <translation>Återkallad &amp;den</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Tilldela en roll</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Tilldela</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;ll</translation>
    </message>
    <message>
        <source>Granted &amp;on</source>
        <translation>Tilldelad de&amp;n</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Återkallad den</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Återkallad av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Grants and revocations</source>
        <translation>Tilldelningar och återkallelser</translation>
    </message>
    <message>
        <source>Other active roles (not administrators: they cannot add or remove others)</source>
        <translation>Andra aktiva roller (inte administratörer: de kan inte lägga till eller ta bort andra)</translation>
    </message>
    <message>
        <source>Grants and revocations, newest first</source>
        <translation>Tilldelningar och återkallelser, nyaste först</translation>
    </message>
    <message>
        <source>&amp;Edit terms…</source>
        <translation>Redigera &amp;villkor…</translation>
    </message>
    <message>
        <source>Edit terms</source>
        <translation>Redigera villkor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <source>Agreed for the company by</source>
        <translation>Undertecknat för företaget av</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Terms of the selected version</source>
        <translation>Villkoren i den valda versionen</translation>
    </message>
    <message>
        <source>All versions (select one to read it)</source>
        <translation>Alla versioner (välj en för att läsa den)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <source>{account} — {platform}[*]</source>
        <translation>{account} – {platform}[*]</translation>
    </message>
    <message>
        <source>{display_name} — {account}</source>
        <translation>{display_name} – {account}</translation>
    </message>
    <message>
        <source>Flagged for change in a review on {day}: {note}</source>
        <translation>Markerad för ändring vid en granskning den {day}: {note}</translation>
    </message>
    <message>
        <source>Nothing puts this account at risk.</source>
        <translation>Inget gör det här kontot riskabelt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{marker} {risk}&lt;/b&gt; ({severity}): {explanation} &lt;i&gt;{what_to_do}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{marker} {risk}&lt;/b&gt; ({severity}): {explanation} &lt;i&gt;{what_to_do}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{name} (leaving {day})</source>
        <translation>{name} (slutar {day})</translation>
    </message>
    <message>
        <source>{name} (has left)</source>
        <translation>{name} (har slutat)</translation>
    </message>
    <message>
        <source>Current terms (version {version}): {disposition}, proposed and not yet agreed.</source>
        <translation>Gällande villkor (version {version}): {disposition}, föreslagna och ännu inte överenskomna.</translation>
    </message>
    <message>
        <source>Current terms (version {version}): {disposition}, agreed on {date}.</source>
        <translation>Gällande villkor (version {version}): {disposition}, överenskommet den {date}.</translation>
    </message>
    <message>
        <source>No handover terms are agreed for this account yet.</source>
        <translation>Inga överlämningsvillkor är överenskomna för kontot ännu.</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>Your unsaved value: “{value}”</source>
        <translation>Ditt osparade värde: ”{value}”</translation>
    </message>
    <message>
        <source>No one in the registry matches “{typed}”; choose a person from the list.</source>
        <translation type="vanished">Ingen i registret matchar ”{typed}”; välj en person i listan.</translation>
    </message>
    <message>
        <source>Choose the person to grant the role to.</source>
        <translation>Välj personen som ska få rollen.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <source>Version {version}, recorded {when} by {who}</source>
        <translation>Version {version}, registrerad {when} av {who}</translation>
    </message>
    <message>
        <source>On departure: {disposition}</source>
        <translation>Vid avgång: {disposition}</translation>
    </message>
    <message>
        <source>Successor: {person}</source>
        <translation>Efterträdare: {person}</translation>
    </message>
    <message>
        <source>Notice: {notice}</source>
        <translation>Varsel: {notice}</translation>
    </message>
    <message>
        <source>Agreed on: {date}</source>
        <translation>Överenskommet den: {date}</translation>
    </message>
    <message>
        <source>Agreed on: not yet (proposed terms)</source>
        <translation>Överenskommet den: ännu inte (föreslagna villkor)</translation>
    </message>
    <message>
        <source>Agreed by the holder: {answer}</source>
        <translation>Godkänt av innehavaren: {answer}</translation>
    </message>
    <message>
        <source>Agreed for the company by: {who}</source>
        <translation>Undertecknat för företaget av: {who}</translation>
    </message>
    <message>
        <source>Followers, network and groups:</source>
        <translation>Följare, nätverk och grupper:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Kontot har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
        <translation>Klistra in adressen, t.ex. https://www.linkedin.com/company/acme</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Välj en plattform</translation>
    </message>
    <message>
        <source>Kind: whose account is it?</source>
        <translation>Typ: vems konto är det?</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personligt konto</translation>
    </message>
    <message>
        <source>Official: made with the company&apos;s mandate</source>
        <translation>Officiellt: skapat med företagets mandat</translation>
    </message>
    <message>
        <source>blank = organisation default ({months})</source>
        <translation>tomt = organisationens standard ({months})</translation>
    </message>
    <message>
        <source>What the account is for, what may be said on it, to whom</source>
        <translation>Vad kontot används till, vad som får sägas där och till vem</translation>
    </message>
    <message>
        <source>e.g. answer messages within one working day</source>
        <translation>t.ex. svara på meddelanden inom en arbetsdag</translation>
    </message>
    <message>
        <source>e.g. 24</source>
        <translation>t.ex. 24</translation>
    </message>
    <message>
        <source>Also outside working hours</source>
        <translation>Även utanför arbetstid</translation>
    </message>
    <message>
        <source>e.g. two posts a week</source>
        <translation>t.ex. två inlägg i veckan</translation>
    </message>
    <message>
        <source>e.g. customers with a booking</source>
        <translation>t.ex. kunder med en bokning</translation>
    </message>
    <message>
        <source>Whom to ask about a critical comment</source>
        <translation>Vem som tillfrågas vid en kritisk kommentar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>Pr&amp;esence</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>Användar&amp;namn</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Visningsnamn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Recognised: {account}.</source>
        <translation>Identifierat: {account}.</translation>
    </message>
    <message>
        <source>Holds characters nobody can see ({characters}) that change how it reads. As written: {text}</source>
        <translation>Innehåller tecken som ingen kan se ({characters}) och som ändrar hur texten läses. Som den är skriven: {text}</translation>
    </message>
    <message>
        <source>Holder and care</source>
        <translation>Innehavare och skötsel</translation>
    </message>
    <message>
        <source>H&amp;older</source>
        <translation>&amp;Innehavare</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarig &amp;enhet</translation>
    </message>
    <message>
        <source>&amp;Login email</source>
        <translation>E-post för in&amp;loggning</translation>
    </message>
    <message>
        <source>&amp;Two-factor method</source>
        <translation>&amp;Tvåfaktormetod</translation>
    </message>
    <message>
        <source>Re&amp;view interval (months)</source>
        <translation>Intervall för &amp;granskning (månader)</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Purpose and &amp;mandate</source>
        <translation>Syfte och &amp;mandat</translation>
    </message>
    <message>
        <source>Response e&amp;xpectations</source>
        <translation>&amp;Förväntningar på svar</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Antec&amp;kningar</translation>
    </message>
    <message>
        <source>Answer within (hours)</source>
        <translation>Svar inom (timmar)</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Wor&amp;king time per week (hours)</source>
        <translation>Arbetstid per vecka (timmar)</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Eskaleringskontakt</translation>
    </message>
    <message>
        <source>Recognised: {platform} {presence} “{handle}”.</source>
        <translation type="vanished">Identifierat: {platform}-{presence} ”{handle}”.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <source>Outside the company&apos;s domains ({domains}): this login could leave with the address&apos;s owner.</source>
        <translation>Utanför företagets domäner ({domains}): inloggningen kan försvinna med den som äger adressen.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <source>Belongs to the company; whoever runs it does so for the company.</source>
        <translation>Tillhör företaget; den som sköter kontot gör det för företagets räkning.</translation>
    </message>
    <message>
        <source>The person is present as an employee of the company; the account stays with the company.</source>
        <translation>Personen syns som anställd på företaget; kontot stannar hos företaget.</translation>
    </message>
    <message>
        <source>Belongs to the holder; the employer can never take it over.</source>
        <translation>Tillhör innehavaren; arbetsgivaren kan aldrig ta över det.</translation>
    </message>
    <message>
        <source>Flagged as a risk until someone settles whose it is.</source>
        <translation>Flaggas som en risk tills någon har rett ut vems det är.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Employee role</source>
        <translation>Medarbetarroll</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Inte känt än</translation>
    </message>
    <message>
        <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
        <translation>Ett personligt konto tillhör sin innehavare. Arbetsgivaren kan aldrig ta över det, så dess överlämningsvillkor kan inte föra över det till en efterträdare eller till företaget.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Autentiseringsapp</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Säkerhetsnyckel</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Lösennyckel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Transfer to the successor</source>
        <translation>Överlämna till efterträdaren</translation>
    </message>
    <message>
        <source>Transfer to the company</source>
        <translation>Överlämna till företaget</translation>
    </message>
    <message>
        <source>The holder keeps it</source>
        <translation>Innehavaren behåller det</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>The platform the account is on</source>
        <translation>Plattformen som kontot finns på</translation>
    </message>
    <message>
        <source>The account&apos;s handle or address on its platform</source>
        <translation>Kontots användarnamn eller adress på plattformen</translation>
    </message>
    <message>
        <source>The name the account shows</source>
        <translation>Namnet som kontot visar</translation>
    </message>
    <message>
        <source>Whom the account belongs to: the company, an employee role, or a person</source>
        <translation>Vem kontot tillhör: företaget, en medarbetarroll eller en person</translation>
    </message>
    <message>
        <source>Profile, page, group or channel</source>
        <translation>Profil, sida, grupp eller kanal</translation>
    </message>
    <message>
        <source>Active, dormant, archived or closed</source>
        <translation>Aktiv, vilande, arkiverad eller stängd</translation>
    </message>
    <message>
        <source>No for a page or group someone made in the company&apos;s name without its mandate</source>
        <translation>Nej för en sida eller grupp som någon skapat i företagets namn utan dess mandat</translation>
    </message>
    <message>
        <source>The person the account presents</source>
        <translation>Personen som kontot presenterar</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Adm.</translation>
    </message>
    <message>
        <source>How many people hold an active role on the account</source>
        <translation type="vanished">Hur många som har en aktiv roll på kontot</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Granskas</translation>
    </message>
    <message>
        <source>When the account&apos;s record should next be confirmed</source>
        <translation>När uppgifterna om kontot ska bekräftas nästa gång</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>How many people are active administrators of the account ({roles}): those who can add and remove others</source>
        <translation>Hur många som är aktiva administratörer för kontot ({roles}): de som kan lägga till och ta bort andra</translation>
    </message>
    <message>
        <source>What puts the account at risk, worst first</source>
        <translation>Vad som utsätter kontot för risk, det allvarligaste först</translation>
    </message>
    <message>
        <source>Could not be read; press {key}.</source>
        <translation>Kunde inte läsas; tryck {key}.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inte känd</translation>
    </message>
    <message>
        <source>{risk} ({severity}): {explanation}</source>
        <translation>{risk} ({severity}): {explanation}</translation>
    </message>
    <message>
        <source>The risks are being read.</source>
        <translation>Riskerna läses in.</translation>
    </message>
    <message>
        <source>No risks found.</source>
        <translation>Inga risker hittades.</translation>
    </message>
    <message>
        <source>{platform} {presence}: {handle}</source>
        <translation type="vanished">{platform}-{presence}: {handle}</translation>
    </message>
    <message>
        <source>Could not be read; press F5.</source>
        <translation type="vanished">Kunde inte läsas; tryck F5.</translation>
    </message>
    <message>
        <source>Nobody holds an active role.</source>
        <translation>Ingen har en aktiv roll.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Handle, display name, holder, administrator name or email</source>
        <translation>Användarnamn, visningsnamn, innehavare, administratörens namn eller e-post</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alla plattformar</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Official or not</source>
        <translation>Officiell eller inte</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiell</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Inofficiell</translation>
    </message>
    <message>
        <source>Only at &amp;risk</source>
        <translation>Endast med &amp;risk</translation>
    </message>
    <message>
        <source>Only at risk</source>
        <translation>Endast med risk</translation>
    </message>
    <message>
        <source>Register account…</source>
        <translation>Registrera konto…</translation>
    </message>
    <message>
        <source>Register account</source>
        <translation>Registrera konto</translation>
    </message>
    <message>
        <source>Register a new account (Ctrl+N)</source>
        <translation>Registrera ett nytt konto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open the selected account (Enter or double-click)</source>
        <translation>Öppna det valda kontot (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arkivera…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Archive the selected account, keeping its record and history (Delete)</source>
        <translation>Arkivera det valda kontot; uppgifterna och historiken behålls (Delete)</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed…</source>
        <translation>Bekräfta &amp;granskning…</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Bekräfta granskning</translation>
    </message>
    <message>
        <source>Confirm that the selected accounts&apos; records are true today (Ctrl+Shift+M)</source>
        <translation>Bekräfta att uppgifterna om de valda kontona stämmer i dag (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Review r&amp;ound…</source>
        <translation>Gransknings&amp;omgång…</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Granskningsomgång</translation>
    </message>
    <message>
        <source>Go through every account due for review, by holder or unit</source>
        <translation>Gå igenom alla konton som ska granskas, per innehavare eller enhet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
        <translation>Importera konton från ett kalkylark (CSV), med förhandsgranskning först (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
        <translation>Exportera ägarrapporten för de visade kontona till ett kalkylark (CSV) (Ctrl+E)</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Läser in konton…</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Visade konton</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Export the ownership report</source>
        <translation>Exportera ägarrapporten</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importera konton</translation>
    </message>
    <message>
        <source>Administrators not searched; press {key}</source>
        <translation>Sökt utan administratörer; tryck {key}</translation>
    </message>
    <message>
        <source>Administrators not searched; press F5</source>
        <translation type="vanished">Sökt utan administratörer; tryck F5</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>{total} account</source>
        <translation>{total} konto</translation>
    </message>
    <message>
        <source>{total} accounts</source>
        <translation>{total} konton</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} account</source>
        <translation>Visar {shown} av {total} konto</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} accounts</source>
        <translation>Visar {shown} av {total} konton</translation>
    </message>
    <message>
        <source>{account} ({display_name})</source>
        <translation>{account} ({display_name})</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}” ({display_name})</source>
        <translation type="vanished">{platform}-{presence} ”{handle}” ({display_name})</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Arkivera konto</translation>
    </message>
    <message>
        <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
        <translation>Vill du arkivera {name}?

Kontot finns kvar i registret med sina administratörer, överlämningsvillkor och sin historik; det granskas och flaggas inte längre.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.txt *.tsv *.xlsx *.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The accounts could not be read again: {reason}</source>
        <translation>Kontona kunde inte läsas in igen: {reason}</translation>
    </message>
    <message>
        <source>Archived and closed accounts are not reviewed.</source>
        <translation>Arkiverade och stängda konton granskas inte.</translation>
    </message>
    <message>
        <source>Marking {count} accounts reviewed…</source>
        <translation>Bekräftar granskning av {count} konton…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
        <translation>{done} av {total} konton markerades som granskade; sedan: {reason}</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>The company&apos;s account: you use it for the company, and it stays with the company.</source>
        <translation>Företagets konto: du använder det för företaget, och det stannar hos företaget.</translation>
    </message>
    <message>
        <source>Yours to use as an employee of {organisation}; when you leave it is handed over or renamed as agreed below.</source>
        <translation>Ditt att använda som anställd på {organisation}; när du slutar lämnas det över eller byter namn enligt överenskommelsen nedan.</translation>
    </message>
    <message>
        <source>Your own profile: it stays yours, also when you leave. The company can never take it over.</source>
        <translation>Din egen profil: den förblir din, även när du slutar. Företaget kan aldrig ta över den.</translation>
    </message>
    <message>
        <source>Whose account it is has not been recorded yet.</source>
        <translation>Det är ännu inte registrerat vems konto det är.</translation>
    </message>
    <message>
        <source>sharing company posts</source>
        <translation>delning av företagets inlägg</translation>
    </message>
    <message>
        <source>naming the employer</source>
        <translation>att nämna arbetsgivaren</translation>
    </message>
    <message>
        <source>social selling</source>
        <translation>social selling</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>innehavare</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Inte överenskommet</translation>
    </message>
    <message>
        <source>Within {hours} hours</source>
        <translation>Inom {hours} timmar</translation>
    </message>
    <message>
        <source>also outside working hours</source>
        <translation>även utanför arbetstid</translation>
    </message>
    <message>
        <source>within working hours</source>
        <translation>inom arbetstid</translation>
    </message>
    <message>
        <source>No handover terms are agreed yet.</source>
        <translation>Inga överlämningsvillkor är överenskomna ännu.</translation>
    </message>
    <message>
        <source>Version {version} of {day}: {disposition}</source>
        <translation>Version {version} av {day}: {disposition}</translation>
    </message>
    <message>
        <source>Version {version}, proposed, not yet agreed: {disposition}</source>
        <translation>Version {version}, föreslagen, ännu inte överenskommen: {disposition}</translation>
    </message>
    <message>
        <source>successor: {name}</source>
        <translation>efterträdare: {name}</translation>
    </message>
    <message>
        <source>notice: {days} days</source>
        <translation>varsel: {days} dagar</translation>
    </message>
    <message>
        <source>No consent recorded: the company asks nothing of this profile. Ambassador work on your own profile is voluntary, and you may withdraw at any time.</source>
        <translation>Inget samtycke registrerat: företaget ber inte om något av den här profilen. Ambassadörsarbete på din egen profil är frivilligt, och du kan när som helst återkalla det.</translation>
    </message>
    <message>
        <source>Given; the company may ask: {scope}. You may withdraw it at any time.</source>
        <translation>Givet; företaget får be om: {scope}. Du kan när som helst återkalla det.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Överlämningsvillkor</translation>
    </message>
    <message>
        <source>Ambassador consent</source>
        <translation>Ambassadörssamtycke</translation>
    </message>
    <message>
        <source>Mandate: what you may speak about</source>
        <translation>Mandat: vad du får uttala dig om</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Förväntad svarstid</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frekvens</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Working time per week</source>
        <translation>Arbetstid per vecka</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} timmar</translation>
    </message>
    <message>
        <source>Critical comments go to</source>
        <translation>Kritiska kommentarer går till</translation>
    </message>
    <message>
        <source>Agreement about social media accounts: {name}</source>
        <translation>Överenskommelse om konton i sociala medier: {name}</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>företaget</translation>
    </message>
    <message>
        <source>Agreement about social media accounts</source>
        <translation>Överenskommelse om konton i sociala medier</translation>
    </message>
    <message>
        <source>Holder: {who}</source>
        <translation>Innehavare: {who}</translation>
    </message>
    <message>
        <source>Position: {role}</source>
        <translation>Befattning: {role}</translation>
    </message>
    <message>
        <source>Prepared on {day}</source>
        <translation>Upprättad den {day}</translation>
    </message>
    <message>
        <source>Social-media policy: version {version}, in force since {day}</source>
        <translation>Policy för sociala medier: version {version}, gällande från {day}</translation>
    </message>
    <message>
        <source>This lists each social media account {person} holds or administers for {organisation}, what it means for them and what is agreed about it. A personal profile stays its holder&apos;s own; an employee-role profile is theirs to use as an employee of {organisation} and is handed over or renamed on departure as agreed.</source>
        <translation>Här listas varje konto i sociala medier som {person} innehar eller administrerar för {organisation}, vad det betyder för hen och vad som är överenskommet om det. En personlig profil förblir innehavarens egen; en profil i medarbetarroll är hens att använda som anställd på {organisation} och lämnas över eller byter namn vid avgång enligt överenskommelse.</translation>
    </message>
    <message>
        <source>Accounts ({count})</source>
        <translation>Konton ({count})</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>By signing, both agree to what is listed above for each account. When its handover terms or its mandate change, this agreement is out of date and a new one is signed.</source>
        <translation>Genom att skriva under är båda överens om det som står ovan för varje konto. När överlämningsvillkoren eller mandatet ändras är överenskommelsen inaktuell och en ny skrivs under.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Namn:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="vanished">Underskrift:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="vanished">Datum:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="vanished">Underskrifter</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>For the company</source>
        <translation>För företaget</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <source>{account}: handover terms now version {current} (agreed: {covered})</source>
        <translation type="vanished">{account}: överlämningsvillkoren är nu version {current} (överenskommet: {covered})</translation>
    </message>
    <message>
        <source>{account}: the mandate changed</source>
        <translation type="vanished">{account}: mandatet har ändrats</translation>
    </message>
    <message>
        <source>{account}: held or administered now, not covered</source>
        <translation type="vanished">{account}: innehas eller administreras nu, inte omfattat</translation>
    </message>
    <message>
        <source>An agreement covers every account its person holds or administers, with the handover terms&apos; version and the mandate as they stood; when those change it is out of date.</source>
        <translation>En överenskommelse omfattar alla konton som personen innehar eller administrerar, med överlämningsvillkorens version och mandatet som de var; när de ändras är den inaktuell.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <source>Record the holder&apos;s agreement</source>
        <translation>Registrera innehavarens överenskommelse</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Bifoga undertecknad skanning…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Öppna skanning</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Inaktuell</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanning</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Removed on anonymisation</source>
        <translation>Borttagen vid anonymisering</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Attach signed scan</source>
        <translation>Bifoga undertecknad skanning</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Skanningar (*.pdf *.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>AnonymisationNotice</name>
    <message>
        <source>Show people due…</source>
        <translation>Visa personer…</translation>
    </message>
    <message>
        <source>Show people due for anonymisation</source>
        <translation>Visa personer som ska anonymiseras</translation>
    </message>
    <message>
        <source>People who left more than {months} months ago, the retention period, are due for anonymisation: {count}.</source>
        <translation>Personer som slutade för mer än {months} månader sedan (lagringstiden) ska anonymiseras: {count}.</translation>
    </message>
</context>
<context>
    <name>AnonymiseConfirmation</name>
    <message>
        <source>Anonymise {name}?</source>
        <translation>Anonymisera {name}?</translation>
    </message>
    <message>
        <source>Anonymise {count} people?</source>
        <translation>Anonymisera {count} personer?</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… och {count} till.</translation>
    </message>
    <message>
        <source>Their accounts, roles, handover terms, offboardings and the audit trail stay, naming them by the pseudonym. This cannot be undone.</source>
        <translation type="vanished">Deras konton, roller, överlämningsvillkor, avslut och granskningsloggen finns kvar men nämner dem med pseudonymen. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Their accounts, roles, handover terms, offboardings, agreements and the audit trail stay, naming them by the pseudonym. This cannot be undone.</source>
        <translation>Deras konton, roller, överlämningsvillkor, avslut, avtal och granskningsloggen finns kvar men nämner dem med pseudonymen. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>&amp;Replace their name and email in these notes by the pseudonym</source>
        <translation>&amp;Ersätt deras namn och e-post i dessa anteckningar med pseudonymen</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message>
        <source>the name {name}</source>
        <translation>namnet {name}</translation>
    </message>
    <message>
        <source>the email {email}</source>
        <translation>e-postadressen {email}</translation>
    </message>
    <message>
        <source>the title {title}</source>
        <translation>titeln {title}</translation>
    </message>
    <message>
        <source>the manager link</source>
        <translation>chefen</translation>
    </message>
    <message>
        <source>the personal account {account}</source>
        <translation>det personliga kontot {account}</translation>
    </message>
    <message>
        <source>the signed scan {file} ({document}, {date})</source>
        <translation>den undertecknade skanningen {file} ({document}, {date})</translation>
    </message>
    <message>
        <source>{pseudonym} replaces: {removed}.</source>
        <translation>{pseudonym} ersätter: {removed}.</translation>
    </message>
    <message>
        <source>Notes that name them ({count}):</source>
        <translation>Anteckningar som nämner dem ({count}):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>{where}, {field}: “{text}”</source>
        <translation>{where}, {field}: ”{text}”</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.

The details were also written to {path}.</source>
        <translation>Något gick fel som Account Registry inte hade förväntat sig. Det du har sparat tidigare är i säkerhet; den senaste åtgärden kanske inte slutfördes.

Detaljerna har också skrivits till {path}.</translation>
    </message>
    <message>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
        <translation>Något gick fel som Account Registry inte hade förväntat sig. Det du har sparat tidigare är i säkerhet; den senaste åtgärden kanske inte slutfördes.</translation>
    </message>
    <message>
        <source>The registry could not be opened.</source>
        <translation>Registret kunde inte öppnas.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Databas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Varning om revisionsloggen</translation>
    </message>
    <message>
        <source>The audit trail does not fit together: it was changed outside Account Registry.</source>
        <translation>Revisionsloggen hänger inte ihop: den har ändrats utanför Account Registry.</translation>
    </message>
    <message>
        <source>Restore a backup, or ask whoever looks after the registry; “accountregistry audit verify” shows the same.</source>
        <translation>Återställ en säkerhetskopia eller fråga den som sköter registret; ”accountregistry audit verify” visar samma sak.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}, then remove {leaver}</source>
        <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor} och ta sedan bort {leaver}</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} access to {account}</source>
        <translation>Ta bort behörigheten som {role} till {account} för {leaver}</translation>
    </message>
    <message>
        <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
        <translation>Byt lösenordet till {account} när {leaver} har slutat, och spara det nya i nyckelringen</translation>
    </message>
    <message>
        <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}&apos;s</source>
        <translation>Byt inloggnings- och återställningsadressen för {account} från {leaver_email} till en brevlåda i företaget, och även återställningstelefonen om den tillhör {leaver}</translation>
    </message>
    <message>
        <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
        <translation>Flytta tvåfaktorenheten för {account} från {leaver} till {successor}</translation>
    </message>
    <message>
        <source>Find out whether the two-factor login of {account} depends on {leaver}&apos;s phone or key</source>
        <translation>Ta reda på om tvåfaktorsinloggningen till {account} är beroende av en telefon eller nyckel som {leaver} har</translation>
    </message>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}: it was made in the company&apos;s name, so it and its members stay with the company</source>
        <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor}: det skapades i företagets namn, så det och dess medlemmar stannar hos företaget</translation>
    </message>
    <message>
        <source>Decide whether {account}, made by {leaver} in the company&apos;s name, becomes an official company account or is closed</source>
        <translation>Besluta om {account}, som {leaver} skapade i företagets namn, ska bli ett officiellt företagskonto eller stängas</translation>
    </message>
    <message>
        <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
        <translation>Kom överens med {leaver} om vad som ska hända med {account} (överlämnas, arkiveras eller stängas); inga överlämningsvillkor är registrerade</translation>
    </message>
    <message>
        <source>Transfer {account} to {successor} and rename it to {successor}&apos;s name, as agreed</source>
        <translation>Överlämna {account} till {successor} och byt namn på det till {successor}, enligt överenskommelse</translation>
    </message>
    <message>
        <source>Turn {account} into a company account, as agreed, and hand {leaver}&apos;s {role} role to {successor}</source>
        <translation>Gör om {account} till ett företagskonto enligt överenskommelse, och lämna över rollen som {role} från {leaver} till {successor}</translation>
    </message>
    <message>
        <source>Archive {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Arkivera {account} enligt överenskommelse och ta bort rollen som {role} för {leaver}</translation>
    </message>
    <message>
        <source>Close {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Stäng {account} enligt överenskommelse och ta bort rollen som {role} för {leaver}</translation>
    </message>
    <message>
        <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}&apos;s {role} role in the registry</source>
        <translation>{leaver} behåller {account} enligt överenskommelse: byt namn på det så att det inte längre talar för företaget, och ta bort rollen som {role} för {leaver} i registret</translation>
    </message>
    <message>
        <source>Update the bio of {account}: {leaver} no longer works for the company</source>
        <translation>Uppdatera presentationen på {account}: {leaver} arbetar inte längre på företaget</translation>
    </message>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}</source>
        <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor}</translation>
    </message>
    <message>
        <source>Update the title and employer on {account} (it stays {leaver}&apos;s own profile)</source>
        <translation>Uppdatera titel och arbetsgivare på {account} (profilen tillhör fortfarande {leaver} själv)</translation>
    </message>
    <message>
        <source>Step down, from {account}, as administrator of the company&apos;s pages and groups</source>
        <translation>Lämna rollen som administratör för företagets sidor och grupper från {account}</translation>
    </message>
    <message>
        <source>Record that {leaver}&apos;s ambassador consent for {account} ends on the last working day</source>
        <translation>Registrera att samtycket från {leaver} att vara ambassadör med {account} upphör den sista arbetsdagen</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
        <translation>Ta bort rollen som {role} på {account} för {leaver} ur registret: företaget förvaltar det inte längre, och profilen stannar hos sin innehavare</translation>
    </message>
    <message>
        <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
        <translation>Radera den sparade inloggningen till {account} från nyckelringen: det är en personlig profil</translation>
    </message>
    <message>
        <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
        <translation>Ta reda på vems konto {account} är och registrera dess typ innan {leaver} slutar</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account} once it is settled whose account it is</source>
        <translation>Ta bort rollen som {role} på {account} för {leaver} när det är utrett vems kontot är</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account}, which is no longer in use</source>
        <translation>Ta bort rollen som {role} på {account} för {leaver}; kontot används inte längre</translation>
    </message>
    <message>
        <source>Confirm that no company account still logs in or recovers its password with {leaver}&apos;s mailbox {leaver_email}</source>
        <translation>Bekräfta att inget av företagets konton längre loggar in eller återställer lösenordet med brevlådan {leaver_email} som tillhör {leaver}</translation>
    </message>
    <message>
        <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
        <translation>Samla in underskrifter från {leaver} och företaget på överlämningsbekräftelsen</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktör</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analytiker</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <source>transfer to successor</source>
        <translation>överlämning till efterträdare</translation>
    </message>
    <message>
        <source>transfer to company</source>
        <translation>överlämning till företaget</translation>
    </message>
    <message>
        <source>holder keeps</source>
        <translation>innehavaren behåller det</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <source>close</source>
        <translation>stängning</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>inget överenskommet</translation>
    </message>
    <message>
        <source>(no work email recorded)</source>
        <translation>(ingen e-postadress på jobbet registrerad)</translation>
    </message>
    <message>
        <source>the successor</source>
        <translation>efterträdaren</translation>
    </message>
    <message>
        <source>{name} (leaver)</source>
        <translation>{name} (slutar)</translation>
    </message>
    <message>
        <source>{name} (successor)</source>
        <translation>{name} (efterträdare)</translation>
    </message>
    <message>
        <source>Successor (not chosen yet)</source>
        <translation>Efterträdare (inte vald än)</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sida</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>Other {presence} “{name}”</source>
        <translation>{presence} ”{name}” på en annan plattform</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Annat</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} ”{name}”</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Settle who owns which social media accounts before anyone leaves. Without a command, opens the window.</source>
        <translation>Klargör vem som äger vilka konton i sociala medier innan någon slutar. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>visa programmets versionsnummer och avsluta</translation>
    </message>
    <message>
        <source>language of messages: en, da, sv or nb (default: $ACCOUNTREGISTRY_LANGUAGE, else your locale)</source>
        <translation>språk för meddelanden: en, da, sv eller nb (standard: $ACCOUNTREGISTRY_LANGUAGE, annars ditt systemspråk)</translation>
    </message>
    <message>
        <source>database file or URL (default: $ACCOUNTREGISTRY_DB, else a file in your data folder)</source>
        <translation>databasfil eller URL (standard: $ACCOUNTREGISTRY_DB, annars en fil i din datamapp)</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic sample organisation</source>
        <translation>fyll en tom databas med en realistisk exempelorganisation</translation>
    </message>
    <message>
        <source>show or change the organisation&apos;s settings</source>
        <translation>visa eller ändra organisationens inställningar</translation>
    </message>
    <message>
        <source>the organisation&apos;s people: list, add, change, export</source>
        <translation>organisationens personer: lista, lägg till, ändra, exportera</translation>
    </message>
    <message>
        <source>register one account from its address (or --platform and --handle)</source>
        <translation>registrera ett konto utifrån dess adress (eller --platform och --handle)</translation>
    </message>
    <message>
        <source>show or change one account (for scripts)</source>
        <translation>visa eller ändra ett konto (för skript)</translation>
    </message>
    <message>
        <source>write the ownership report (one row per account) to a CSV file or an .xlsx or .ods workbook</source>
        <translation>skriv ägarskapsrapporten (en rad per konto) till en CSV-fil eller en .xlsx- eller .ods-arbetsbok</translation>
    </message>
    <message>
        <source>add and update accounts from a CSV file or an .xlsx or .ods workbook (all rows or none)</source>
        <translation>lägg till och uppdatera konton från en CSV-fil eller en .xlsx- eller .ods-arbetsbok (alla rader eller inga)</translation>
    </message>
    <message>
        <source>run a leaver&apos;s offboarding checklist</source>
        <translation>följ avslutschecklistan för den som slutar</translation>
    </message>
    <message>
        <source>list every account&apos;s risks (one line per account and risk)</source>
        <translation>lista alla kontons risker (en rad per konto och risk)</translation>
    </message>
    <message>
        <source>periodic reviews: what is due, and marking accounts reviewed</source>
        <translation>periodiska granskningar: vad som förfaller, och att markera konton som granskade</translation>
    </message>
    <message>
        <source>company logins kept in the operating system&apos;s keyring</source>
        <translation>företagets inloggningar sparade i operativsystemets nyckelring</translation>
    </message>
    <message>
        <source>bring the database&apos;s schema up to this version (a backup is taken first)</source>
        <translation>uppdatera databasens schema till den här versionen (en säkerhetskopia tas först)</translation>
    </message>
    <message>
        <source>copy the whole registry (with its audit trail) into an empty database on a shared server</source>
        <translation>kopiera hela registret (med granskningsloggen) till en tom databas på en delad server</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation>skriv en konsekvent kopia av databasen till FILE</translation>
    </message>
    <message>
        <source>who may read, edit or own a registry on a shared server</source>
        <translation>vem som får läsa, redigera eller äga ett register på en delad server</translation>
    </message>
    <message>
        <source>a holder&apos;s consent to ambassador work on their own profile</source>
        <translation>en innehavares samtycke till ambassadörsarbete på sin egen profil</translation>
    </message>
    <message>
        <source>the social-media policy: versions, texts per area, acknowledgements</source>
        <translation>policyn för sociala medier: versioner, texter per område, bekräftelser</translation>
    </message>
    <message>
        <source>the holder&apos;s agreement and the handover confirmation: write it as a PDF, record, attach signed scans, list</source>
        <translation>innehavarens avtal och överlämningsbekräftelsen: skriv som PDF, registrera, bifoga signerade skanningar, lista</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain, or export it with its hashes</source>
        <translation>kontrollera granskningsloggens hashkedja, eller exportera den med dess hashvärden</translation>
    </message>
    <message>
        <source>print the organisation&apos;s settings</source>
        <translation>skriv ut organisationens inställningar</translation>
    </message>
    <message>
        <source>change one or more settings (the others stay as they are)</source>
        <translation>ändra en eller flera inställningar (de andra förblir som de är)</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>organisationens namn</translation>
    </message>
    <message>
        <source>the company&apos;s email domains, comma-separated (an address or web address is reduced to its domain); an empty value clears them</source>
        <translation>företagets e-postdomäner, kommaseparerade (en adress eller webbadress reduceras till sin domän); ett tomt värde tömmer dem</translation>
    </message>
    <message>
        <source>default months between reviews of an account (1 to 60)</source>
        <translation>standardantal månader mellan granskningar av ett konto (1 till 60)</translation>
    </message>
    <message>
        <source>whose public holidays due dates skip: DK, SE, NO or none</source>
        <translation>vilket lands helgdagar förfallodatum hoppar över: DK, SE, NO eller none</translation>
    </message>
    <message>
        <source>the company&apos;s closing days, comma-separated: 24.12 every year, 2027-05-07 once; replaces the list (an empty value clears it)</source>
        <translation>företagets stängda dagar, kommaseparerade: 24.12 varje år, 2027-05-07 en gång; ersätter listan (ett tomt värde tömmer den)</translation>
    </message>
    <message>
        <source>months that what is kept about people who left is kept (1 to 120)</source>
        <translation>antal månader som uppgifter om personer som slutat sparas (1 till 120)</translation>
    </message>
    <message>
        <source>list everyone (or only those leaving)</source>
        <translation>lista alla (eller bara de som slutar)</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>lägg till en person</translation>
    </message>
    <message>
        <source>change a person: FIELD=VALUE ... (an empty VALUE clears it)</source>
        <translation>ändra en person: FIELD=VALUE ... (ett tomt VALUE tömmer fältet)</translation>
    </message>
    <message>
        <source>write everyone to a file that people import reads</source>
        <translation>skriv alla till en fil som people import kan läsa</translation>
    </message>
    <message>
        <source>add and update people from an HR file (any error: nothing is written)</source>
        <translation>lägg till och uppdatera personer från en HR-fil (vid fel skrivs inget)</translation>
    </message>
    <message>
        <source>replace people who left by a pseudonym (cannot be undone)</source>
        <translation>ersätt personer som slutat med en pseudonym (kan inte ångras)</translation>
    </message>
    <message>
        <source>everything held about one person (an access request), as JSON, or as a readable PDF when FILE ends in .pdf</source>
        <translation>allt som finns registrerat om en person (en begäran om registerutdrag), som JSON, eller som en läsbar PDF när FILE slutar på .pdf</translation>
    </message>
    <message>
        <source>only people recorded as leaving</source>
        <translation>bara personer registrerade som slutande</translation>
    </message>
    <message>
        <source>work email (the key)</source>
        <translation>jobbmejl (nyckeln)</translation>
    </message>
    <message>
        <source>one of employed, leaving, left, external (default employed)</source>
        <translation>en av employed, leaving, left, external (standard employed)</translation>
    </message>
    <message>
        <source>last working day, e.g. 2026-12-31 or 31.12.2026</source>
        <translation>sista arbetsdag, t.ex. 2026-12-31 eller 31.12.2026</translation>
    </message>
    <message>
        <source>the manager&apos;s work email</source>
        <translation>chefens jobbmejl</translation>
    </message>
    <message>
        <source>the person&apos;s work email</source>
        <translation>personens jobbmejl</translation>
    </message>
    <message>
        <source>fields: department, email, employment_status, last_day, last_working_day, login, manager, manager_email, name, status, title, work_email</source>
        <translation>fält: department, email, employment_status, last_day, last_working_day, login, manager, manager_email, name, status, title, work_email</translation>
    </message>
    <message>
        <source>refuse the change if the person was changed since version N (see people list)</source>
        <translation>avvisa ändringen om personen har ändrats sedan version N (se people list)</translation>
    </message>
    <message>
        <source>the file to write; its name&apos;s suffix chooses the format (.csv, .xlsx, .ods)</source>
        <translation>filen som ska skrivas; filnamnets ändelse väljer formatet (.csv, .xlsx, .ods)</translation>
    </message>
    <message>
        <source>the format, whatever the file&apos;s name says</source>
        <translation>formatet, oavsett vad filnamnet säger</translation>
    </message>
    <message>
        <source>&apos;;&apos; (default in most of Europe), &apos;,&apos; or tab</source>
        <translation>&apos;;&apos; (standard i större delen av Europa), &apos;,&apos; eller tabb</translation>
    </message>
    <message>
        <source>a CSV file, or an .xlsx or .ods workbook</source>
        <translation>en CSV-fil eller en .xlsx- eller .ods-arbetsbok</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>arbetsbokens blad som ska läsas (standard: det första)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>visa vad som skulle ändras; skriv inget</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>importera raderna utan fel, hoppa över de andra</translation>
    </message>
    <message>
        <source>work email or person id</source>
        <translation>jobbmejl eller person-id</translation>
    </message>
    <message>
        <source>everyone past the organisation&apos;s retention period</source>
        <translation>alla vars lagringstid i organisationen har gått ut</translation>
    </message>
    <message>
        <source>show what would be removed, and the notes that name them; change nothing</source>
        <translation>visa vad som skulle tas bort och de anteckningar som nämner dem; ändra inget</translation>
    </message>
    <message>
        <source>leave notes and reasons that name them as they are (default: their name there becomes the pseudonym)</source>
        <translation>lämna anteckningar och skäl som nämner dem som de är (standard: deras namn där blir pseudonymen)</translation>
    </message>
    <message>
        <source>FILE.json or FILE.pdf</source>
        <translation>FILE.json eller FILE.pdf</translation>
    </message>
    <message>
        <source>write over FILE if it exists</source>
        <translation>skriv över FILE om den finns</translation>
    </message>
    <message>
        <source>the account&apos;s web address, as pasted</source>
        <translation>kontots webbadress, som den klistrats in</translation>
    </message>
    <message>
        <source>the platform, when typing a handle instead of an address</source>
        <translation>plattformen, när du skriver ett användarnamn i stället för en adress</translation>
    </message>
    <message>
        <source>the account&apos;s handle on --platform</source>
        <translation>kontots användarnamn på --platform</translation>
    </message>
    <message>
        <source>profile, page, group or channel (default: what the address shows)</source>
        <translation>profile, page, group eller channel (standard: vad adressen visar)</translation>
    </message>
    <message>
        <source>the account&apos;s name as the platform shows it</source>
        <translation>kontots namn som plattformen visar det</translation>
    </message>
    <message>
        <source>whose account it is</source>
        <translation>vems konto det är</translation>
    </message>
    <message>
        <source>print an account&apos;s fields and its version</source>
        <translation>skriv ut ett kontos fält och dess version</translation>
    </message>
    <message>
        <source>change fields of an account: FIELD=VALUE ...</source>
        <translation>ändra fält i ett konto: FIELD=VALUE ...</translation>
    </message>
    <message>
        <source>the account&apos;s id or any address of it</source>
        <translation>kontots id eller någon av dess adresser</translation>
    </message>
    <message>
        <source>a field `account show --format json` prints, except the address (platform, presence, handle, url), id and version; holder and escalation by work email; yes/no for official, outside_working_hours, ambassador; an empty VALUE clears the field</source>
        <translation>ett fält som `account show --format json` skriver ut, utom adressen (platform, presence, handle, url), id och version; holder och escalation med jobbmejl; yes/no för official, outside_working_hours, ambassador; ett tomt VALUE tömmer fältet</translation>
    </message>
    <message>
        <source>refuse if the account&apos;s version is no longer N (someone changed it)</source>
        <translation>avvisa om kontots version inte längre är N (någon har ändrat det)</translation>
    </message>
    <message>
        <source>data (default): the documented header and stored values, for programs and import; people: headers, values and risks in your language</source>
        <translation>data (standard): den dokumenterade rubriken och de sparade värdena, för program och import; people: rubriker, värden och risker på ditt språk</translation>
    </message>
    <message>
        <source>cell separator (default: your locale&apos;s list separator)</source>
        <translation>cellavgränsare (standard: ditt systems listavgränsare)</translation>
    </message>
    <message>
        <source>only accounts of this kind (company, employee_role, personal, unknown)</source>
        <translation>bara konton av den här typen (company, employee_role, personal, unknown)</translation>
    </message>
    <message>
        <source>only accounts on this platform (e.g. linkedin)</source>
        <translation>bara konton på den här plattformen (t.ex. linkedin)</translation>
    </message>
    <message>
        <source>only accounts with this status (e.g. active)</source>
        <translation>bara konton med den här statusen (t.ex. active)</translation>
    </message>
    <message>
        <source>check the file and show what would change; write nothing</source>
        <translation>kontrollera filen och visa vad som skulle ändras; skriv inget</translation>
    </message>
    <message>
        <source>import the valid rows even if others have errors</source>
        <translation>importera de giltiga raderna även om andra har fel</translation>
    </message>
    <message>
        <source>also import the rows that would grant again a role an offboarding took away, or one revoked after the file was exported (left out otherwise)</source>
        <translation>importera även de rader som skulle ge tillbaka en roll som ett avslut tog bort, eller som togs bort efter att filen exporterades (annars utelämnade)</translation>
    </message>
    <message>
        <source>start an offboarding and print its checklist</source>
        <translation>starta ett avslut och skriv ut dess checklista</translation>
    </message>
    <message>
        <source>write the handover confirmation both sign, as a PDF</source>
        <translation>skriv överlämningsbekräftelsen som båda skriver under, som PDF</translation>
    </message>
    <message>
        <source>print a leaver&apos;s checklist: items, status, due dates, blockers</source>
        <translation>skriv ut checklistan för den som slutar: punkter, status, förfallodatum, hinder</translation>
    </message>
    <message>
        <source>complete an item (a handover item moves the roles)</source>
        <translation>slutför en punkt (en överlämningspunkt flyttar rollerna)</translation>
    </message>
    <message>
        <source>settle an item without doing it, with a reason</source>
        <translation>avsluta en punkt utan att utföra den, med ett skäl</translation>
    </message>
    <message>
        <source>close a settled offboarding (refused, listing what remains, while anything is open)</source>
        <translation>stäng ett klart avslut (avvisas med en lista över det som återstår så länge något är öppet)</translation>
    </message>
    <message>
        <source>cancel an open offboarding (it is kept, marked cancelled)</source>
        <translation>avbryt ett öppet avslut (det sparas, markerat som avbrutet)</translation>
    </message>
    <message>
        <source>reopen a closed or cancelled offboarding</source>
        <translation>öppna ett stängt eller avbrutet avslut igen</translation>
    </message>
    <message>
        <source>write a leaver&apos;s checklist to a CSV file</source>
        <translation>skriv checklistan för den som slutar till en CSV-fil</translation>
    </message>
    <message>
        <source>list the open items of every offboarding, overdue first (for cron jobs and e-mails)</source>
        <translation>lista de öppna punkterna i alla avslut, de försenade först (för cron-jobb och e-post)</translation>
    </message>
    <message>
        <source>write a leaver&apos;s open items as an iCalendar file (one all-day event per item)</source>
        <translation>skriv de öppna punkterna för den som slutar som en iCalendar-fil (en heldagshändelse per punkt)</translation>
    </message>
    <message>
        <source>the leaver&apos;s work email</source>
        <translation>jobbmejlen för den som slutar</translation>
    </message>
    <message>
        <source>work email of who takes over the leaver&apos;s roles</source>
        <translation>jobbmejl för den som tar över rollerna från den som slutar</translation>
    </message>
    <message>
        <source>print the checklist without starting the case</source>
        <translation>skriv ut checklistan utan att starta ärendet</translation>
    </message>
    <message>
        <source>the person stays (another department or role): settle their accounts by --last-day without recording them as leaving</source>
        <translation>personen stannar (en annan avdelning eller roll): klargör deras konton senast --last-day utan att registrera dem som slutande</translation>
    </message>
    <message>
        <source>only items due within this many days (overdue items are always listed)</source>
        <translation>bara punkter som förfaller inom så många dagar (försenade punkter listas alltid)</translation>
    </message>
    <message>
        <source>only items of this function (HR, in any language) or person (name or work email)</source>
        <translation>bara punkter för den här funktionen (HR, på vilket språk som helst) eller personen (namn eller jobbmejl)</translation>
    </message>
    <message>
        <source>only items of this function (HR) or person (name or work email)</source>
        <translation type="vanished">bara punkter för den här funktionen (HR) eller personen (namn eller jobbmejl)</translation>
    </message>
    <message>
        <source>exit with status 3 when any listed item is overdue</source>
        <translation>avsluta med status 3 när någon listad punkt är försenad</translation>
    </message>
    <message>
        <source>a table for people (default) or CSV for other programs</source>
        <translation>en tabell för människor (standard) eller CSV för andra program</translation>
    </message>
    <message>
        <source>exit with status 3 if any risk is this severe or worse (low, medium, high)</source>
        <translation>avsluta med status 3 om någon risk är så allvarlig eller värre (low, medium, high)</translation>
    </message>
    <message>
        <source>list the accounts due for review, grouped</source>
        <translation>lista de konton som ska granskas, grupperade</translation>
    </message>
    <message>
        <source>record that an account&apos;s record was confirmed today</source>
        <translation>registrera att ett kontos uppgifter bekräftades i dag</translation>
    </message>
    <message>
        <source>group by the account&apos;s holder (default) or its responsible unit</source>
        <translation>gruppera efter kontots innehavare (standard) eller dess ansvariga avdelning</translation>
    </message>
    <message>
        <source>write the round as a CSV checklist to FILE instead of listing it</source>
        <translation>skriv omgången som en CSV-checklista till FILE i stället för att lista den</translation>
    </message>
    <message>
        <source>the account&apos;s id or address</source>
        <translation>kontots id eller adress</translation>
    </message>
    <message>
        <source>what was checked, kept in the audit trail</source>
        <translation>vad som kontrollerades, sparat i granskningsloggen</translation>
    </message>
    <message>
        <source>store or replace a login, read from standard input (typed without echo at a terminal)</source>
        <translation>spara eller ersätt en inloggning, läst från standard in (skrivs utan eko i en terminal)</translation>
    </message>
    <message>
        <source>which accounts have stored logins and when they were rotated (never the secrets)</source>
        <translation>vilka konton som har sparade inloggningar och när de byttes (aldrig hemligheterna)</translation>
    </message>
    <message>
        <source>record that an account&apos;s login was changed at the platform</source>
        <translation>registrera att ett kontos inloggning ändrades på plattformen</translation>
    </message>
    <message>
        <source>which part of the login: password, recovery_codes, two_factor_notes</source>
        <translation>vilken del av inloggningen: password, recovery_codes, two_factor_notes</translation>
    </message>
    <message>
        <source>one account&apos;s id or address</source>
        <translation>ett kontos id eller adress</translation>
    </message>
    <message>
        <source>the server database, e.g. postgresql://user@host/registry</source>
        <translation>serverdatabasen, t.ex. postgresql://user@host/registry</translation>
    </message>
    <message>
        <source>create the roles registry_reader, registry_editor and registry_owner and hand the tables to the owner role (run once)</source>
        <translation>skapa rollerna registry_reader, registry_editor och registry_owner och ge ägarrollen tabellerna (körs en gång)</translation>
    </message>
    <message>
        <source>give a database login a role</source>
        <translation>ge en databasinloggning en roll</translation>
    </message>
    <message>
        <source>take a role from a database login</source>
        <translation>ta en roll från en databasinloggning</translation>
    </message>
    <message>
        <source>the person&apos;s database login</source>
        <translation>personens databasinloggning</translation>
    </message>
    <message>
        <source>reader, editor or owner</source>
        <translation>reader, editor eller owner</translation>
    </message>
    <message>
        <source>record the holder&apos;s consent for a personal profile</source>
        <translation>registrera innehavarens samtycke för en personlig profil</translation>
    </message>
    <message>
        <source>record that the holder withdrew their consent (never refused)</source>
        <translation>registrera att innehavaren återkallade sitt samtycke (avvisas aldrig)</translation>
    </message>
    <message>
        <source>the consent register: who, which profile, given, withdrawn</source>
        <translation>samtyckesregistret: vem, vilken profil, givet, återkallat</translation>
    </message>
    <message>
        <source>the profile&apos;s id or address</source>
        <translation>profilens id eller adress</translation>
    </message>
    <message>
        <source>what the company may ask, comma-separated or repeated: share_company_posts, name_employer, social_selling</source>
        <translation>vad företaget får be om, kommaseparerat eller upprepat: share_company_posts, name_employer, social_selling</translation>
    </message>
    <message>
        <source>work email of who asked for the consent</source>
        <translation>jobbmejl för den som bad om samtycket</translation>
    </message>
    <message>
        <source>when the consent was given (default: today)</source>
        <translation>när samtycket gavs (standard: i dag)</translation>
    </message>
    <message>
        <source>from when (default: today)</source>
        <translation>från när (standard: i dag)</translation>
    </message>
    <message>
        <source>the holder&apos;s reason, or how they said it</source>
        <translation>innehavarens skäl, eller hur de sa det</translation>
    </message>
    <message>
        <source>also take the profile off the ambassador list</source>
        <translation>ta också bort profilen från ambassadörslistan</translation>
    </message>
    <message>
        <source>only this holder&apos;s records</source>
        <translation>bara den här innehavarens uppgifter</translation>
    </message>
    <message>
        <source>record a new version of the policy</source>
        <translation>registrera en ny version av policyn</translation>
    </message>
    <message>
        <source>every version, newest first, with how many acknowledged it</source>
        <translation>alla versioner, nyaste först, med hur många som har bekräftat dem</translation>
    </message>
    <message>
        <source>a version&apos;s texts and who acknowledged it</source>
        <translation>en versions texter och vem som har bekräftat den</translation>
    </message>
    <message>
        <source>write a version of the policy as a PDF (headings in the current language)</source>
        <translation>skriv en version av policyn som PDF (rubriker på det aktuella språket)</translation>
    </message>
    <message>
        <source>record that a person acknowledged a version</source>
        <translation>registrera att en person har bekräftat en version</translation>
    </message>
    <message>
        <source>record acknowledgements from a list: work email and date per line</source>
        <translation>registrera bekräftelser från en lista: jobbmejl och datum per rad</translation>
    </message>
    <message>
        <source>the day it takes effect</source>
        <translation>dagen den träder i kraft</translation>
    </message>
    <message>
        <source>who approved it</source>
        <translation>vem som godkände den</translation>
    </message>
    <message>
        <source>the text for an area, repeated; areas: working_hours, colleagues_and_managers, privacy_settings, confidential_information, transparency, consideration, language, working_time, response_expectations</source>
        <translation>texten för ett område, upprepat; områden: working_hours, colleagues_and_managers, privacy_settings, confidential_information, transparency, consideration, language, working_time, response_expectations</translation>
    </message>
    <message>
        <source>an area of the company&apos;s own, with its heading, repeated</source>
        <translation>ett eget område för företaget, med rubrik, upprepat</translation>
    </message>
    <message>
        <source>default: the version in force</source>
        <translation>standard: den gällande versionen</translation>
    </message>
    <message>
        <source>when (default: today)</source>
        <translation>när (standard: i dag)</translation>
    </message>
    <message>
        <source>whose agreement to write (with -o)</source>
        <translation>vems avtal som ska skrivas (med -o)</translation>
    </message>
    <message>
        <source>write the holder&apos;s agreement as a PDF</source>
        <translation>skriv innehavarens avtal som PDF</translation>
    </message>
    <message>
        <source>record that a person agreed (covering their accounts as they are)</source>
        <translation>registrera att en person har godkänt avtalet (för deras konton som de är nu)</translation>
    </message>
    <message>
        <source>keep a signed scan (PDF, PNG or JPEG, at most 20 MB) with an agreement</source>
        <translation>spara en signerad skanning (PDF, PNG eller JPEG, högst 20 MB) med ett avtal</translation>
    </message>
    <message>
        <source>a person&apos;s agreements, newest first, and whether each is up to date</source>
        <translation>en persons avtal, nyaste först, och om vart och ett är aktuellt</translation>
    </message>
    <message>
        <source>write a kept scan to a file</source>
        <translation>skriv en sparad skanning till en fil</translation>
    </message>
    <message>
        <source>when they agreed (default: today)</source>
        <translation>när de godkände avtalet (standard: i dag)</translation>
    </message>
    <message>
        <source>the handover confirmation of the person&apos;s offboarding, not the holder&apos;s agreement</source>
        <translation>överlämningsbekräftelsen för personens avslut, inte innehavarens avtal</translation>
    </message>
    <message>
        <source>a signed scan kept with it (PDF, PNG or JPEG, at most 20 MB); a refused scan records nothing</source>
        <translation>en signerad skanning som sparas med den (PDF, PNG eller JPEG, högst 20 MB); avvisas skanningen registreras inget</translation>
    </message>
    <message>
        <source>check every event&apos;s hash and link and the database&apos;s protection; name the first event that does not fit</source>
        <translation>kontrollera varje händelses hash och länk samt databasens skydd; namnge den första händelse som inte stämmer</translation>
    </message>
    <message>
        <source>write the whole trail with its hashes as JSON Lines</source>
        <translation>skriv hela loggen med hashvärden som JSON Lines</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerade uttryckligt argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument måste anges: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s måste anges</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>förväntade ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>förväntade högst ett argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>förväntade minst ett argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>förväntade %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>förväntade %s argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan betyda %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan inte öppna &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: %(message)s (see “%(prog)s --help”)</source>
        <translation>%(prog)s: %(message)s (se ”%(prog)s --help”)</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>&amp;Listed for ambassador work</source>
        <translation>&amp;Listad som ambassadör</translation>
    </message>
    <message>
        <source>Listed for ambassador work</source>
        <translation>Listad som ambassadör</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>Record consen&amp;t</source>
        <translation>Registrera &amp;samtycke</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Givet den</translation>
    </message>
    <message>
        <source>The company may ask</source>
        <translation>Företaget får be om</translation>
    </message>
    <message>
        <source>As&amp;ked by</source>
        <translation>&amp;Tillfrågad av</translation>
    </message>
    <message>
        <source>Record a withdrawal</source>
        <translation>Registrera en återkallelse</translation>
    </message>
    <message>
        <source>How the holder said it, if they gave a reason</source>
        <translation>Hur innehavaren sa det, om ett skäl gavs</translation>
    </message>
    <message>
        <source>Also take the profile off the ambassador list</source>
        <translation>Ta även bort profilen från ambassadörslistan</translation>
    </message>
    <message>
        <source>Record withdr&amp;awal</source>
        <translation>Registrera åter&amp;kallelse</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrera återkallelse</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on</source>
        <translation>Återkallat &amp;den</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>May be asked</source>
        <translation>Får tillfrågas om</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Tillfrågad av</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtyckesregistreringar</translation>
    </message>
    <message>
        <source>Only a personal profile is listed for ambassador work with its holder&apos;s consent. This account is the company&apos;s to use: it needs nobody&apos;s consent.</source>
        <translation>Endast en personlig profil listas som ambassadör, med innehavarens samtycke. Detta konto är företagets att använda: det kräver ingens samtycke.</translation>
    </message>
    <message>
        <source>Consent given and withdrawn, newest first</source>
        <translation>Samtycken givna och återkallade, nyaste först</translation>
    </message>
    <message>
        <source>Consent in force since {day}: {scope}.</source>
        <translation>Samtycke gällande sedan {day}: {scope}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {day}.</source>
        <translation>Samtycke återkallat den {day}.</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Inget samtycke är registrerat.</translation>
    </message>
    <message>
        <source>The profile is still listed for ambassador work: take it off the list, or record the holder&apos;s consent.</source>
        <translation>Profilen är fortfarande listad som ambassadör: ta bort den från listan, eller registrera innehavarens samtycke.</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Filter by holder, profile, who asked or note</source>
        <translation>Filtrera på innehavare, profil, vem som frågade eller anteckning</translation>
    </message>
    <message>
        <source>Filter consent records</source>
        <translation>Filtrera samtyckesregistreringar</translation>
    </message>
    <message>
        <source>Show consent</source>
        <translation>Visa samtycke</translation>
    </message>
    <message>
        <source>Every record</source>
        <translation>Alla registreringar</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Gällande i dag</translation>
    </message>
    <message>
        <source>Withdrawn or refused</source>
        <translation>Återkallat eller avböjt</translation>
    </message>
    <message>
        <source>&amp;Export shown…</source>
        <translation>&amp;Exportera visade…</translation>
    </message>
    <message>
        <source>Export the shown consent records</source>
        <translation>Exportera de visade samtyckesregistreringarna</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>May be asked</source>
        <translation>Får tillfrågas om</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Tillfrågad av</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtyckesregistreringar</translation>
    </message>
    <message>
        <source>Sharing company content on one&apos;s own profile is voluntary: a holder may withdraw consent at any time, and a withdrawal is always recorded.</source>
        <translation>Att dela företagets innehåll på sin egen profil är frivilligt: innehavaren kan när som helst återkalla sitt samtycke, och en återkallelse registreras alltid.</translation>
    </message>
    <message>
        <source>{shown} of {total} records; {in_force} in force today.</source>
        <translation>{shown} av {total} registreringar; {in_force} gällande i dag.</translation>
    </message>
    <message>
        <source>Export consent records</source>
        <translation>Exportera samtyckesregistreringar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>consent-{day}.csv</source>
        <translation>samtycke-{day}.csv</translation>
    </message>
    <message>
        <source>{rows} consent records written to {path}.</source>
        <translation>{rows} samtyckesregistreringar skrivna till {path}.</translation>
    </message>
</context>
<context>
    <name>CopyToServerDialog</name>
    <message>
        <source>Copy to a shared server</source>
        <translation>Kopiera till en delad server</translation>
    </message>
    <message>
        <source>Copies everything in {where} (people, accounts, offboarding, settings and the whole history) into an empty database on a shared server, in one go: if anything fails, nothing is copied. The file stays as it is. The login must own the server database.</source>
        <translation>Kopierar allt i {where} (personer, konton, offboarding, inställningar och hela historiken) till en tom databas på en delad server, i ett svep: om något misslyckas kopieras ingenting. Filen förblir som den är. Inloggningen måste äga databasen på servern.</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Kopieringens förlopp</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Stäng</translation>
    </message>
    <message>
        <source>Copied {done} of {total} rows…</source>
        <translation>Kopierat {done} av {total} rader…</translation>
    </message>
    <message>
        <source>Copied {rows} rows ({people} people, {accounts} accounts, {events} events in the history) to {where}.</source>
        <translation>Kopierade {rows} rader ({people} personer, {accounts} konton, {events} händelser i historiken) till {where}.</translation>
    </message>
    <message>
        <source>Use the shared server from now on?</source>
        <translation>Använda den delade servern från och med nu?</translation>
    </message>
    <message>
        <source>Account Registry opens the server at its next start, as if you had chosen it on File → Database…. The file stays where it is.</source>
        <translation>Account Registry öppnar servern vid nästa start, som om du hade valt den under Arkiv → Databas…. Filen ligger kvar där den är.</translation>
    </message>
    <message>
        <source>Not copied. {reason}</source>
        <translation>Inte kopierad. {reason}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the server.</source>
        <translation>Kopieringen avbröts; ingenting kopierades till servern.</translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>No stored logins</source>
        <translation>Inga sparade inloggningar</translation>
    </message>
    <message>
        <source>Logins kept in the keyring</source>
        <translation>Inloggningar i nyckelringen</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Byte av inloggning</translation>
    </message>
    <message>
        <source>&amp;Mark rotated</source>
        <translation>&amp;Markera som bytt</translation>
    </message>
    <message>
        <source>Mark rotated</source>
        <translation>Markera som bytt</translation>
    </message>
    <message>
        <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
        <translation>När inloggningen har ändrats på plattformen sparar du den nya med Ersätt…, eller markerar den som bytt om den nya förvaras någon annanstans. I båda fallen noterar registret vem som gjorde det och när.</translation>
    </message>
    <message>
        <source>Waiting for the keyring</source>
        <translation>Väntar på nyckelringen</translation>
    </message>
    <message>
        <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
        <translation>Väntar på nyckelringen… Om den ber dig låsa upp den, svara på det.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Sluta vänta</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Sluta vänta</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the keyring may still finish it.</source>
        <translation>Sluta vänta på det här svaret; nyckelringen kan fortfarande slutföra det.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problem med nyckelringen</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Kontrollera i&amp;gen</translation>
    </message>
    <message>
        <source>Check the keyring again</source>
        <translation>Kontrollera nyckelringen igen</translation>
    </message>
    <message>
        <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
        <translation>Det här är ett personligt konto: inloggningen tillhör innehavaren och registret sparar den inte. Här finns därför inget att göra.</translation>
    </message>
    <message>
        <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
        <translation>Ange under Översikt om det här är ett företags-, medarbetarroll- eller personligt konto; inloggningar sparas bara för företags- och medarbetarrollkonton.</translation>
    </message>
    <message>
        <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
        <translation>{reason} Resten av registret fungerar som vanligt; inloggningar sparas aldrig någon annanstans i stället.</translation>
    </message>
    <message>
        <source>Logins of this account are kept in the operating system&apos;s keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontots inloggningar förvaras i operativsystemets nyckelring ({backend}). Registret noterar bara att en är sparad, och när och av vem den senast ändrades.</translation>
    </message>
    <message>
        <source>Logins of this account are kept in the operating system&apos;s keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontots inloggningar förvaras i operativsystemets nyckelring. Registret noterar bara att en är sparad, och när och av vem den senast ändrades.</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Kontrollerar nyckelringen…</translation>
    </message>
    <message>
        <source>Wait for the keyring to answer.</source>
        <translation>Vänta tills nyckelringen svarar.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersätt…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Ange…</translation>
    </message>
    <message>
        <source>Replace {field}</source>
        <translation>Ersätt {field}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Ange {field}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Återställningskoder</translation>
    </message>
    <message>
        <source>Two-factor notes</source>
        <translation>Anteckningar om tvåfaktor</translation>
    </message>
    <message>
        <source>Reveal {field}</source>
        <translation>Visa {field}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Kopiera {field}</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>{field}, revealed</source>
        <translation>{field}, visas</translation>
    </message>
    <message>
        <source>Type the {field} to store it in the keyring.</source>
        <translation>Skriv in {field} och spara i nyckelringen.</translation>
    </message>
    <message>
        <source>Show the {field} for {seconds} seconds.</source>
        <translation>Visa {field} i {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
        <translation>Kopiera {field}; urklippet töms igen efter {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Remove the {field} from the keyring.</source>
        <translation>Ta bort {field} från nyckelringen.</translation>
    </message>
    <message>
        <source>Hide the {field} now.</source>
        <translation>Dölj {field} nu.</translation>
    </message>
    <message>
        <source>No {field} is stored yet.</source>
        <translation>Inte sparat än: {field}.</translation>
    </message>
    <message>
        <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
        <translation>Senast sparad, ersatt eller markerad som bytt {when} av {who}.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>No login is stored for this account.</source>
        <translation>Ingen inloggning är sparad för det här kontot.</translation>
    </message>
    <message>
        <source>Record that the login was changed at the platform, by you, now.</source>
        <translation>Registrera att du har ändrat inloggningen på plattformen nu.</translation>
    </message>
    <message>
        <source>Store a login first; then its rotation can be recorded.</source>
        <translation>Spara en inloggning först; sedan kan bytet registreras.</translation>
    </message>
    <message>
        <source>The keyring is locked</source>
        <translation>Nyckelringen är låst</translation>
    </message>
    <message>
        <source>The keyring does not answer</source>
        <translation>Nyckelringen svarar inte</translation>
    </message>
    <message>
        <source>No keyring to store logins in</source>
        <translation>Ingen nyckelring att spara inloggningar i</translation>
    </message>
    <message>
        <source>The keyring failed</source>
        <translation>Nyckelringen misslyckades</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>Stored in {who}&apos;s keyring (set {when})</source>
        <translation>Sparad i nyckelringen hos {who} (satt {when})</translation>
    </message>
    <message>
        <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
        <translation>Registrerad som sparad, men nyckelringen har den inte: ange den igen med Ersätt…, eller ta bort registreringen.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Stored; set on {when} by {who}</source>
        <translation>Sparad; angiven {when} av {who}</translation>
    </message>
    <message>
        <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
        <translation>Slutade vänta på nyckelringen. Om den svarar senare uppdateras listan ovan.</translation>
    </message>
    <message>
        <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
        <translation>Nyckelringen saknar {field} för det här kontot, fast registret anger att det är sparat. Ange det igen med Ersätt…, eller ta bort registreringen.</translation>
    </message>
    <message>
        <source>Hidden again after {seconds} s.</source>
        <translation>Döljs igen efter {seconds} s.</translation>
    </message>
    <message>
        <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
        <translation>Kopierade {field}. Urklippet töms igen efter {seconds} s om det fortfarande innehåller det.</translation>
    </message>
    <message>
        <source>Stored the {field} in the keyring.</source>
        <translation>Sparade {field} i nyckelringen.</translation>
    </message>
    <message>
        <source>Deleted the {field} from the keyring.</source>
        <translation>Tog bort {field} från nyckelringen.</translation>
    </message>
    <message>
        <source>Delete {field}</source>
        <translation>Ta bort {field}</translation>
    </message>
    <message>
        <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
        <translation>Vill du ta bort {field} från nyckelringen? Det kan inte återställas; registret sparar bara att det togs bort.</translation>
    </message>
    <message>
        <source>Recorded that the login was rotated.</source>
        <translation>Registrerade att inloggningen har bytts.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The company&apos;s own pages, groups and channels.</source>
        <translation>Företagets egna sidor, grupper och kanaler.</translation>
    </message>
    <message>
        <source>Accounts in which an employee is visibly present for the company.</source>
        <translation>Konton där en anställd syns för företagets räkning.</translation>
    </message>
    <message>
        <source>People&apos;s own profiles; the company can never take them over.</source>
        <translation>Personers egna profiler; företaget kan aldrig ta över dem.</translation>
    </message>
    <message>
        <source>Nobody has recorded whose account it is yet.</source>
        <translation>Ingen har ännu registrerat vems kontot är.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts looked after, by kind</source>
        <translation>Förvaltade konton per typ</translation>
    </message>
    <message>
        <source>{kind} accounts</source>
        <translation>Konton av typen {kind}</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Visa alla konton</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>people are registered: employees, leavers and external helpers who hold or administer accounts.</source>
        <translation>personer är registrerade: anställda, personer som slutar och externa medhjälpare som innehar eller administrerar konton.</translation>
    </message>
    <message>
        <source>Social-media policy</source>
        <translation>Policy för sociala medier</translation>
    </message>
    <message>
        <source>Acknowledged the policy</source>
        <translation>Har bekräftat policyn</translation>
    </message>
    <message>
        <source>Polic&amp;y…</source>
        <translation>Polic&amp;y…</translation>
    </message>
    <message>
        <source>Record a version of the policy and who acknowledged it</source>
        <translation>Registrera en version av policyn och vem som har bekräftat den</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>Konton i riskzonen</translation>
    </message>
    <message>
        <source>Show accounts at risk</source>
        <translation>Visa konton i riskzonen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Counting the registry…</source>
        <translation>Räknar igenom registret…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="vanished">Läser in…</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Din organisation</translation>
    </message>
    <message>
        <source>{looked_after} of {accounts} registered accounts are looked after; {retired} archived or closed are not counted.</source>
        <translation>{looked_after} av {accounts} registrerade konton förvaltas; {retired} arkiverade eller stängda räknas inte.</translation>
    </message>
    <message>
        <source>{looked_after} of {accounts} registered accounts are looked after.</source>
        <translation>{looked_after} av {accounts} registrerade konton förvaltas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
        <translation>&lt;b&gt;{at_risk}&lt;/b&gt; av {looked_after} förvaltade konton är i riskzonen. Håll muspekaren över en stapel, eller gå till den med piltangenterna, för att se vad risken innebär och vad du kan göra.</translation>
    </message>
    <message>
        <source>No account looked after is at risk.</source>
        <translation>Inget förvaltat konto är i riskzonen.</translation>
    </message>
    <message>
        <source>Nothing to assess yet.</source>
        <translation>Inget att bedöma än.</translation>
    </message>
    <message>
        <source>No social-media policy is in force. Record one under “Policy…”.</source>
        <translation>Ingen policy för sociala medier gäller. Registrera en under ”Policy…”.</translation>
    </message>
    <message>
        <source>No social-media policy is in force. Record one with “accountregistry policy add”.</source>
        <translation type="vanished">Ingen policy för sociala medier gäller. Registrera en med ”accountregistry policy add”.</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>of account holders acknowledged version {version}, in force since {day} (approved by {approver}): {acknowledged} of {holders}.</source>
        <translation>av kontoinnehavarna har bekräftat version {version}, gällande från {day} (godkänd av {approver}): {acknowledged} av {holders}.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>&amp;This computer (one file)</source>
        <translation>&amp;Den här datorn (en fil)</translation>
    </message>
    <message>
        <source>A &amp;shared server (PostgreSQL)</source>
        <translation>En &amp;delad server (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Account Registry opens the chosen database the next time it starts. The password is kept in the system&apos;s keyring, never in the settings.</source>
        <translation>Account Registry öppnar den valda databasen nästa gång programmet startar. Lösenordet sparas i systemets nyckelring, aldrig i inställningarna.</translation>
    </message>
    <message>
        <source>While the environment variable ACCOUNTREGISTRY_DB is set, it decides the database instead.</source>
        <translation>Så länge miljövariabeln ACCOUNTREGISTRY_DB är satt är det den som bestämmer databasen.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Registerfil</translation>
    </message>
    <message>
        <source>Registry files (*.sqlite3);;All files (*)</source>
        <translation>Registerfiler (*.sqlite3);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Connected: the database holds a registry.</source>
        <translation>Ansluten: databasen innehåller ett register.</translation>
    </message>
    <message>
        <source>Connected: there is no registry yet; Account Registry creates it when it opens the database.</source>
        <translation>Ansluten: det finns inget register ännu; Account Registry skapar det när programmet öppnar databasen.</translation>
    </message>
    <message>
        <source>The connection could not be tested.</source>
        <translation>Anslutningen kunde inte testas.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>om {days} dagar</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>för {days} dagar sedan</translation>
    </message>
    <message>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <source>for example {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <source>for example 31.12.2026 or 2026-12-31</source>
        <translation type="vanished">t.ex. 2026-12-31 eller 31.12.2026</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose the date from a calendar (Alt+Down in the field)</source>
        <translation>Välj datumet i en kalender (Alt+Nedpil i fältet)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Transferred to the successor</source>
        <translation>Överlämnat till efterträdaren</translation>
    </message>
    <message>
        <source>Transferred to the company</source>
        <translation>Överlämnat till företaget</translation>
    </message>
    <message>
        <source>The holder keeps it</source>
        <translation>Innehavaren behåller det</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Företagskonto</translation>
    </message>
    <message>
        <source>Employee-role account</source>
        <translation>Konto i medarbetarroll</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personligt konto</translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation>Typ inte registrerad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Undantagen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Skäl: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <source>Offboarding of {leaver}</source>
        <translation>Avslut för {leaver}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>inte vald än</translation>
    </message>
    <message>
        <source>Internal move of {person}</source>
        <translation>Intern flytt av {person}</translation>
    </message>
    <message>
        <source>Day of the move: {day}</source>
        <translation>Dag för flytten: {day}</translation>
    </message>
    <message>
        <source>Last working day: {day}</source>
        <translation>Sista arbetsdag: {day}</translation>
    </message>
    <message>
        <source>Successor: {name}</source>
        <translation>Efterträdare: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{settled} of {total} items settled</source>
        <translation>{settled} av {total} punkter avklarade</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Utskrivet {day}</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Öppen, försenad</translation>
    </message>
    <message>
        <source>This offboarding has no items.</source>
        <translation>Det här avslutet har inga punkter.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>– still the leaver</source>
        <translation>– fortfarande den som slutar</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No checklist item</source>
        <translation>Ingen punkt på checklistan</translation>
    </message>
    <message>
        <source>No handover terms agreed</source>
        <translation>Inga överlämningsvillkor överenskomna</translation>
    </message>
    <message>
        <source>{outcome} (agreed {day})</source>
        <translation>{outcome} (överenskommet {day})</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Ingen registrerad</translation>
    </message>
    <message>
        <source>No: the leaver is still {roles}</source>
        <translation>Nej: den som slutar är fortfarande {roles}</translation>
    </message>
    <message>
        <source>No: 1 item open</source>
        <translation>Nej: 1 punkt öppen</translation>
    </message>
    <message>
        <source>No: {count} items open</source>
        <translation>Nej: {count} punkter öppna</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>inte vald</translation>
    </message>
    <message>
        <source>Leaver: {who}</source>
        <translation>Avgående: {who}</translation>
    </message>
    <message>
        <source>Position: {role}</source>
        <translation>Befattning: {role}</translation>
    </message>
    <message>
        <source>Offboarding {number}: {status}</source>
        <translation>Avslut {number}: {status}</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}</source>
        <translation>Stängt {when} av {who}</translation>
    </message>
    <message>
        <source>Handover confirmation</source>
        <translation>Överlämningsbekräftelse</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>företaget</translation>
    </message>
    <message>
        <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company&apos;s pages, groups and accounts stay with the company; personal profiles remain their holder&apos;s own.</source>
        <translation>Denna bekräftelse visar vad som har hänt med varje konto i sociala medier som {leaver} innehade eller administrerade för {organisation}. Företagets sidor, grupper och konton stannar hos företaget; personliga profiler förblir innehavarens egna.</translation>
    </message>
    <message>
        <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
        <translation>Allt är inte avklarat än ({count} konton är fortfarande öppna). Skriv under när alla konton är avklarade.</translation>
    </message>
    <message>
        <source>Accounts ({count})</source>
        <translation>Konton ({count})</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Agreed outcome</source>
        <translation>Överenskommet utfall</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Avklarat</translation>
    </message>
    <message>
        <source>The leaver held or administered no account.</source>
        <translation>Den som slutar varken innehade eller administrerade något konto.</translation>
    </message>
    <message>
        <source>{kind}, {status}</source>
        <translation>{kind}, {status}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Held by now</source>
        <translation>Innehavare nu</translation>
    </message>
    <message>
        <source>Administered by now</source>
        <translation>Administratörer nu</translation>
    </message>
    <message>
        <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
        <translation>Överlämningsbekräftelse för {leaver}, avslut {number}, sista arbetsdag {day}: {count} konton.</translation>
    </message>
    <message>
        <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company&apos;s accounts.</source>
        <translation>Genom sina underskrifter bekräftar båda parter att de konton som finns med i denna bekräftelse är avklarade enligt beskrivningen och att den som slutar inte längre har åtkomst till företagets konton.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den som slutar</translation>
    </message>
    <message>
        <source>For the company (HR)</source>
        <translation>För företaget (HR)</translation>
    </message>
</context>
<context>
    <name>DomainsNotice</name>
    <message>
        <source>The “Private login” risk is off until the company&apos;s email domains are set: without them no login can be told to be private.</source>
        <translation>Risken ”Privat inloggning” är avstängd tills företagets e-postdomäner är angivna: utan dem kan ingen inloggning kännas igen som privat.</translation>
    </message>
    <message>
        <source>Set email domains…</source>
        <translation>Ange e-postdomäner…</translation>
    </message>
    <message>
        <source>Set email domains</source>
        <translation>Ange e-postdomäner</translation>
    </message>
</context>
<context>
    <name>DueForAnonymisationDialog</name>
    <message>
        <source>Due for anonymisation</source>
        <translation>Ska anonymiseras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>E-post (arbete)</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <source>Personal accounts</source>
        <translation>Personliga konton</translation>
    </message>
    <message>
        <source>People due for anonymisation</source>
        <translation>Personer som ska anonymiseras</translation>
    </message>
    <message>
        <source>Anonymise &amp;selected…</source>
        <translation>Anonymisera &amp;valda…</translation>
    </message>
    <message>
        <source>Anonymise &amp;all…</source>
        <translation>Anonymisera &amp;alla…</translation>
    </message>
    <message>
        <source>The retention period is {months} months after the last working day (File → Organisation settings). The people below left longer ago and hold no active role, open offboarding or consent still needed: anonymising replaces their name by a pseudonym and erases their email, title and manager link; a personal account of theirs leaves the registry, and the signed scans of their agreements are removed.</source>
        <translation>Lagringstiden är {months} månader efter sista arbetsdagen (Arkiv → Organisationsinställningar). Personerna nedan slutade tidigare och har ingen aktiv roll, inget öppet avslut och inget samtycke som fortfarande behövs: anonymisering ersätter deras namn med en pseudonym och raderar deras e-post, titel och chef; ett personligt konto av deras tas bort ur registret, och de undertecknade skanningarna av deras avtal tas bort.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the ownership report</source>
        <translation>Exportera ägarrapporten</translation>
    </message>
    <message>
        <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back. It names people and their roles, so only you can read the file (as with the registry itself); share it deliberately.</source>
        <translation>En rad per konto med innehavare, administratörer, inloggning, tvåfaktorsinloggning, överlämningsvillkor, granskningsdatum och risker. Excel och LibreOffice kan öppna den, och Importera kan läsa in den igen. Den nämner personer och deras roller, så bara du kan läsa filen (som själva registret); dela den med eftertanke.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The file to write; type a name or choose one</source>
        <translation>Filen som ska skrivas; skriv ett namn eller välj en</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Välj filen i en fildialog</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
        <translation>Semikolon ( ; ) för svenska, danska, norska och större delen av Europa</translation>
    </message>
    <message>
        <source>Comma ( , ) for English</source>
        <translation>Komma ( , ) för engelska</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>The character between cells. The spreadsheet on this computer expects the one chosen first.</source>
        <translation>Tecknet mellan cellerna. Kalkylprogrammet på den här datorn förväntar sig det som är valt från början.</translation>
    </message>
    <message>
        <source>For people: headings, values and risks in your language</source>
        <translation>För människor: rubriker, värden och risker på ditt språk</translation>
    </message>
    <message>
        <source>For programs and re-import: the fixed column names and stored values</source>
        <translation>För program och återimport: de fasta kolumnnamnen och lagrade värden</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Both can be imported again. The file ends in .xlsx or .ods for a workbook (with a sheet explaining the risks), .csv for plain text.</source>
        <translation>Båda kan importeras igen. Filnamnet slutar på .xlsx eller .ods för en arbetsbok (med ett blad som förklarar riskerna), .csv för ren text.</translation>
    </message>
    <message>
        <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
        <translation>Endast de &amp;visade kontona (aktuella filter: {count} konton)</translation>
    </message>
    <message>
        <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
        <translation>De &amp;visade kontona ({count} konton; inget filter är valt)</translation>
    </message>
    <message>
        <source>Only the accounts shown</source>
        <translation>Endast de visade kontona</translation>
    </message>
    <message>
        <source>&amp;All accounts ({count})</source>
        <translation>Alla &amp;konton ({count})</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konton:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportens status</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;LibreOffice spreadsheets (*.ods);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Excel-arbetsböcker (*.xlsx);;LibreOffice-kalkylblad (*.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>{path} exists already. Replace it with the new report?</source>
        <translation>{path} finns redan. Vill du ersätta den med den nya rapporten?</translation>
    </message>
    <message>
        <source>Give the name of the file to write the report to.</source>
        <translation>Ange namnet på filen som rapporten ska skrivas till.</translation>
    </message>
    <message>
        <source>Reading {count} accounts…</source>
        <translation>Läser {count} konton…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Stäng</translation>
    </message>
    <message>
        <source>Writing {done} of {total} accounts…</source>
        <translation>Skriver {done} av {total} konton…</translation>
    </message>
    <message>
        <source>Exported {count} account to {path}.</source>
        <translation>Exporterade {count} konto till {path}.</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {path}.</source>
        <translation>Exporterade {count} konton till {path}.</translation>
    </message>
    <message>
        <source>Not exported. {reason}</source>
        <translation>Inte exporterad. {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <source>Login email</source>
        <translation>E-post för inloggning</translation>
    </message>
    <message>
        <source>Two-factor method</source>
        <translation>Tvåfaktormetod</translation>
    </message>
    <message>
        <source>Purpose and mandate</source>
        <translation>Syfte och mandat</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Förväntningar på svar</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtycke givet den</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sharing company posts</source>
        <translation>Delning av företagets inlägg</translation>
    </message>
    <message>
        <source>Naming the employer</source>
        <translation>Nämna arbetsgivaren</translation>
    </message>
    <message>
        <source>Social selling</source>
        <translation>Social selling</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Tillfrågad av</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtycke återkallat den</translation>
    </message>
    <message>
        <source>Review interval (months)</source>
        <translation>Intervall för granskning (månader)</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Senast granskat den</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiellt</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Columns and risks</source>
        <translation>Kolumner och risker</translation>
    </message>
    <message>
        <source>Column or risk</source>
        <translation>Kolumn eller risk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Login secret stored</source>
        <translation>Inloggning sparad</translation>
    </message>
    <message>
        <source>Secret last changed</source>
        <translation>Inloggning senast ändrad</translation>
    </message>
    <message>
        <source>Secret changed by</source>
        <translation>Inloggning ändrad av</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Tilldelad av</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Återkallad av</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Efterträdare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Återställningskoder</translation>
    </message>
    <message>
        <source>Two-factor notes</source>
        <translation>Anteckningar om tvåfaktor</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>Inom (dagar)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratörer</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Eskaleringskontakt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Login field</source>
        <translation>Inloggningsfält</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Account role</source>
        <translation>Kontoroll</translation>
    </message>
    <message>
        <source>Agreement item</source>
        <translation>Avtalspunkt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Granskningshändelse</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Överlämningsvillkor</translation>
    </message>
    <message>
        <source>Offboarding case</source>
        <translation>Avslutsärende</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationsinställningar</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>Personuppgift</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Bekräftelse av policy</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Holder email</source>
        <translation>Innehavarens e-post</translation>
    </message>
    <message>
        <source>Successor email</source>
        <translation>Efterträdarens e-post</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Number of administrators</source>
        <translation>Antal administratörer</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Antal dagar framåt</translation>
    </message>
    <message>
        <source>Company email domains</source>
        <translation>Företagets e-postdomäner</translation>
    </message>
    <message>
        <source>Holidays country</source>
        <translation>Land för helgdagar</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>Stängda dagar</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation>Lagringstid (månader)</translation>
    </message>
    <message>
        <source>The network the account is on.</source>
        <translation>Nätverket som kontot finns på.</translation>
    </message>
    <message>
        <source>What the account is on the network: a profile, a page, a group or a channel.</source>
        <translation>Vad kontot är på nätverket: en profil, en sida, en grupp eller en kanal.</translation>
    </message>
    <message>
        <source>The account&apos;s name on the network, as its address shows it.</source>
        <translation>Kontots namn på nätverket, som adressen visar det.</translation>
    </message>
    <message>
        <source>The account&apos;s web address.</source>
        <translation>Kontots webbadress.</translation>
    </message>
    <message>
        <source>The name the account shows its followers.</source>
        <translation>Namnet som kontot visar sina följare.</translation>
    </message>
    <message>
        <source>Who the account belongs to: the company, an employee&apos;s role, or a person privately.</source>
        <translation>Vem kontot tillhör: företaget, en medarbetares roll eller en person privat.</translation>
    </message>
    <message>
        <source>Whether the account is in use, dormant, archived or closed.</source>
        <translation>Om kontot används, är vilande, arkiverat eller stängt.</translation>
    </message>
    <message>
        <source>The person who holds the account.</source>
        <translation>Personen som innehar kontot.</translation>
    </message>
    <message>
        <source>The holder&apos;s work email.</source>
        <translation>Innehavarens jobbmejl.</translation>
    </message>
    <message>
        <source>The department or team responsible for the account.</source>
        <translation>Avdelningen eller teamet som ansvarar för kontot.</translation>
    </message>
    <message>
        <source>Everyone who holds a role on the account, with their work email and role.</source>
        <translation>Alla som har en roll på kontot, med jobbmejl och roll.</translation>
    </message>
    <message>
        <source>How many people hold an owner or admin role (counted by the registry).</source>
        <translation>Hur många som har en ägar- eller administratörsroll (räknat av registret).</translation>
    </message>
    <message>
        <source>The email address the account logs in with (left out for personal accounts).</source>
        <translation>E-postadressen som kontot loggar in med (utelämnad för personliga konton).</translation>
    </message>
    <message>
        <source>How the login is protected by a second factor.</source>
        <translation>Hur inloggningen skyddas med en andra faktor.</translation>
    </message>
    <message>
        <source>What happens to the account when its holder leaves.</source>
        <translation>Vad som händer med kontot när innehavaren slutar.</translation>
    </message>
    <message>
        <source>The work email of the person who takes the account over.</source>
        <translation>Jobbmejl för personen som tar över kontot.</translation>
    </message>
    <message>
        <source>The day the handover terms were agreed.</source>
        <translation>Dagen då överlämningsvillkoren avtalades.</translation>
    </message>
    <message>
        <source>The day the account&apos;s record was last checked.</source>
        <translation>Dagen då kontots uppgifter senast granskades.</translation>
    </message>
    <message>
        <source>When the record is next due to be checked (from the last review and the interval).</source>
        <translation>När uppgifterna ska granskas nästa gång (utifrån senaste granskning och intervallet).</translation>
    </message>
    <message>
        <source>The risks the registry finds for the account; each is explained below.</source>
        <translation>Riskerna som registret hittar för kontot; var och en förklaras nedan.</translation>
    </message>
    <message>
        <source>Whether the account speaks officially for the organisation.</source>
        <translation>Om kontot talar officiellt för organisationen.</translation>
    </message>
    <message>
        <source>What the account is for and who may post on it.</source>
        <translation>Vad kontot är till för och vem som får publicera på det.</translation>
    </message>
    <message>
        <source>What followers may expect of answers.</source>
        <translation>Vad följarna kan förvänta sig av svar.</translation>
    </message>
    <message>
        <source>The day the holder consented to their personal account being registered.</source>
        <translation>Dagen då innehavaren samtyckte till att det personliga kontot registreras.</translation>
    </message>
    <message>
        <source>The day that consent was withdrawn.</source>
        <translation>Dagen då samtycket återkallades.</translation>
    </message>
    <message>
        <source>How many months may pass between two reviews of the record.</source>
        <translation>Hur många månader som får gå mellan två granskningar av uppgifterna.</translation>
    </message>
    <message>
        <source>Anything else worth knowing about the account.</source>
        <translation>Allt annat som är värt att veta om kontot.</translation>
    </message>
    <message>
        <source>The name of the person who takes the account over.</source>
        <translation>Namnet på personen som tar över kontot.</translation>
    </message>
    <message>
        <source>What the handover terms say about followers, network and groups.</source>
        <translation>Vad överlämningsvillkoren säger om följare, nätverk och grupper.</translation>
    </message>
    <message>
        <source>What the handover terms say about the content posted.</source>
        <translation>Vad överlämningsvillkoren säger om innehållet som publicerats.</translation>
    </message>
    <message>
        <source>How many days&apos; notice the handover terms give.</source>
        <translation>Hur många dagars varsel överlämningsvillkoren ger.</translation>
    </message>
    <message>
        <source>Whether the holder agreed to the handover terms.</source>
        <translation>Om innehavaren har godkänt överlämningsvillkoren.</translation>
    </message>
    <message>
        <source>Who agreed the handover terms for the company.</source>
        <translation>Vem som avtalade överlämningsvillkoren för företaget.</translation>
    </message>
    <message>
        <source>Whether the account is listed for ambassador work.</source>
        <translation>Om kontot är listat för ambassadörsarbete.</translation>
    </message>
    <message>
        <source>Within how many hours questions on the account should be answered.</source>
        <translation>Inom hur många timmar frågor på kontot bör besvaras.</translation>
    </message>
    <message>
        <source>Whether answers are expected outside working hours too.</source>
        <translation>Om svar förväntas även utanför arbetstid.</translation>
    </message>
    <message>
        <source>How often the account is expected to post.</source>
        <translation>Hur ofta kontot förväntas publicera.</translation>
    </message>
    <message>
        <source>Who the account speaks to.</source>
        <translation>Vem kontot vänder sig till.</translation>
    </message>
    <message>
        <source>How many working hours a week the account takes.</source>
        <translation>Hur många arbetstimmar i veckan kontot kräver.</translation>
    </message>
    <message>
        <source>Whom to contact when something on the account needs a decision.</source>
        <translation>Vem som ska kontaktas när något på kontot kräver ett beslut.</translation>
    </message>
    <message>
        <source>When this report was written (UTC).</source>
        <translation>När den här rapporten skrevs (UTC).</translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation>Chefens e-post</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bekräftad den</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Policytext</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Vad det betyder</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vad du ska göra</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppera efter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>account</source>
        <translation>kontot</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>the same moment</source>
        <translation>i samma ögonblick</translation>
    </message>
    <message>
        <source>record</source>
        <translation>posten</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>databasen</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databasinloggning</translation>
    </message>
    <message>
        <source>Answer within (hours)</source>
        <translation>Svar inom (timmar)</translation>
    </message>
    <message>
        <source>Also outside working hours</source>
        <translation>Även utanför arbetstid</translation>
    </message>
    <message>
        <source>Expected frequency</source>
        <translation>Förväntad frekvens</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Working time per week (hours)</source>
        <translation>Arbetstid per vecka (timmar)</translation>
    </message>
    <message>
        <source>Listed for ambassador work</source>
        <translation>Listad som ambassadör</translation>
    </message>
    <message>
        <source>Flagged for change on</source>
        <translation>Markerad för ändring den</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Vad som behöver ändras</translation>
    </message>
    <message>
        <source>Followers, network and groups</source>
        <translation>Följare, nätverk och grupper</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Varsel (dagar)</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <source>Agreed for the company by</source>
        <translation>Undertecknat för företaget av</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den som slutar</translation>
    </message>
    <message>
        <source>Internal move</source>
        <translation>Intern flytt</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punkt i checklistan</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Assigned function</source>
        <translation>Ansvarig funktion</translation>
    </message>
    <message>
        <source>Due (business days from the last working day)</source>
        <translation>Förfaller (arbetsdagar från sista arbetsdag)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Reason for waiving</source>
        <translation>Motivering för undantag</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utfört av</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>Anteckning om återkallelse</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policyversion</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Överenskommet av</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Filtyp</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Storlek i byte</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-kontrollsumma</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Default review interval (months)</source>
        <translation>Standardintervall för granskning (månader)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>E-post (arbete)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Anställningsstatus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tilldelad den</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Återkallad den</translation>
    </message>
</context>
<context>
    <name>HandoverTermsDialog</name>
    <message>
        <source>Handover terms: {platform} {handle}</source>
        <translation>Överlämningsvillkor: {platform} {handle}</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <source>{account} — {display_name}</source>
        <translation>{account} – {display_name}</translation>
    </message>
    <message>
        <source>{account} ({kind})</source>
        <translation>{account} ({kind})</translation>
    </message>
    <message>
        <source>What happens to followers, the network and groups built for the company</source>
        <translation>Vad som händer med följare, nätverket och grupper som byggts upp för företaget</translation>
    </message>
    <message>
        <source>What happens to posts, messages and media</source>
        <translation>Vad som händer med inlägg, meddelanden och media</translation>
    </message>
    <message>
        <source>blank = none agreed</source>
        <translation>tomt = inget överenskommet</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <source>Name of who signed for the company</source>
        <translation>Namn på den som skrev under för företaget</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Vid avgång</translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation>&amp;Efterträdare</translation>
    </message>
    <message>
        <source>&amp;Followers, network and groups</source>
        <translation>&amp;Följare, nätverk och grupper</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <source>&amp;Notice (days)</source>
        <translation>Var&amp;sel (dagar)</translation>
    </message>
    <message>
        <source>A&amp;greed on</source>
        <translation>Överenskommet &amp;den</translation>
    </message>
    <message>
        <source>Agreed for the company &amp;by</source>
        <translation>&amp;Undertecknat för företaget av</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Spara som ny version</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>Import accounts from {name}</source>
        <translation>Importera konton från {name}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>{action} rows</source>
        <translation>Rader: {action}</translation>
    </message>
    <message>
        <source>What the import says</source>
        <translation>Importens meddelande</translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <translation>Anmärkningar om filen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>The chosen row</source>
        <translation>Den valda raden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows…</source>
        <translation>Importera endast de &amp;giltiga raderna…</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importera endast de giltiga raderna</translation>
    </message>
    <message>
        <source>Leave out the rows in error and import the others</source>
        <translation>Hoppa över raderna med fel och importera resten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking {path}…</source>
        <translation>Kontrollerar {path}…</translation>
    </message>
    <message>
        <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
        <translation>Vill du importera {importing} rader och hoppa över de {skipped} raderna med fel? Raderna som hoppas över importeras inte; rätta dem i filen och importera den igen.</translation>
    </message>
    <message>
        <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
        <translation>{name}: {rows} rader. Inget skrivs förrän du trycker på Importera.</translation>
    </message>
    <message>
        <source>{action}: {count}</source>
        <translation>{action}: {count}</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>Alla rader ({count})</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Columns this registry does not know are left out: {columns}.</source>
        <translation>Kolumner som registret inte känner till hoppas över: {columns}.</translation>
    </message>
    <message>
        <source>Columns the registry computes itself are not read: {columns}.</source>
        <translation>Kolumner som registret själv beräknar läses inte: {columns}.</translation>
    </message>
    <message>
        <source>{count} people not yet in the registry will be added.</source>
        <translation>{count} personer som ännu inte finns i registret läggs till.</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
        <translation>{count} rader kan inte importeras; den första är rad {line}: {reason} Rätta filen och kontrollera den igen, eller importera endast de giltiga raderna.</translation>
    </message>
    <message>
        <source>{count} rows would grant again a role that an offboarding took away, or that was revoked after the file was exported; they are left out unless you choose otherwise below.</source>
        <translation>{count} rader skulle ge tillbaka en roll som en avgång har tagit bort, eller som återkallades efter att filen exporterades; de utelämnas om du inte väljer annat nedan.</translation>
    </message>
    <message>
        <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
        <translation>Inget att importera: alla konton i filen finns redan i registret så som filen anger dem.</translation>
    </message>
    <message>
        <source>Also import the {count} rows in conflict: grant those roles again</source>
        <translation>Importera även de {count} raderna i konflikt: ge tillbaka rollerna</translation>
    </message>
    <message>
        <source>Also import the rows in conflict</source>
        <translation>Importera även raderna i konflikt</translation>
    </message>
    <message>
        <source>Line {line}: {action}, {account}. {details}</source>
        <translation type="vanished">Rad {line}: {action}, {account}. {details}</translation>
    </message>
    <message>
        <source>Line {line}: {action}, {account}.</source>
        <translation>Rad {line}: {action}, {account}.</translation>
    </message>
    <message>
        <source>Line {line}: {action}.</source>
        <translation>Rad {line}: {action}.</translation>
    </message>
    <message>
        <source>Disabled: {count} rows are in error. Correct them, or import only the valid rows.</source>
        <translation>Inte möjligt: {count} rader har fel. Rätta dem eller importera endast de giltiga raderna.</translation>
    </message>
    <message>
        <source>Write the new and changed accounts to the registry</source>
        <translation>Skriv in de nya och ändrade kontona i registret</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Stäng</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Avbryter; inget kommer att skrivas…</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importerat från {name}: {created} nya konton, {updated} uppdaterade, {unchanged} oförändrade.</translation>
    </message>
    <message>
        <source>{count} people added</source>
        <translation>{count} personer tillagda</translation>
    </message>
    <message>
        <source>{count} roles granted</source>
        <translation>{count} roller tilldelade</translation>
    </message>
    <message>
        <source>{count} handover terms recorded</source>
        <translation>{count} överlämningsvillkor registrerade</translation>
    </message>
    <message>
        <source>{count} rows in error left out</source>
        <translation>{count} rader med fel överhoppade</translation>
    </message>
    <message>
        <source>{count} rows in conflict left out</source>
        <translation>{count} rader i konflikt utelämnade</translation>
    </message>
    <message>
        <source>{name} cannot be imported.</source>
        <translation>{name} kan inte importeras.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; inget skrevs.</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Import people from {name}</source>
        <translation>Importera personer från {name}</translation>
    </message>
    <message>
        <source>Imported from {name}: {added} new people, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importerat från {name}: {added} nya personer, {updated} uppdaterade, {unchanged} oförändrade.</translation>
    </message>
    <message>
        <source>{count} rows in error left out.</source>
        <translation>{count} rader med fel utelämnade.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A new account.</source>
        <translation>Ett nytt konto.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatering</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What changes, or why the row cannot be imported</source>
        <translation>Vad som ändras, eller varför raden inte kan importeras</translation>
    </message>
    <message>
        <source>{column}: “{old}” → “{new}”</source>
        <translation>{column}: ”{old}” → ”{new}”</translation>
    </message>
    <message>
        <source>A new person.</source>
        <translation>En ny person.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>LastDayDialog</name>
    <message>
        <source>Change the last working day</source>
        <translation>Ändra sista arbetsdagen</translation>
    </message>
    <message>
        <source>Open items move with the last working day; done and waived items keep their dates.</source>
        <translation>Öppna punkter flyttas med sista arbetsdagen; klara och undantagna punkter behåller sina datum.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Än&amp;dra</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Sista a&amp;rbetsdag</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <source>The last working day is required.</source>
        <translation>Sista arbetsdag måste fyllas i.</translation>
    </message>
</context>
<context>
    <name>LeaversPanel</name>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>för {days} dagar sedan</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>om {days} dagar</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 konto</translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation>{count} konton</translation>
    </message>
    <message>
        <source>1 open item</source>
        <translation>1 öppen punkt</translation>
    </message>
    <message>
        <source>{count} open items</source>
        <translation>{count} öppna punkter</translation>
    </message>
    <message>
        <source>1 role held</source>
        <translation>1 roll</translation>
    </message>
    <message>
        <source>{count} roles held</source>
        <translation>{count} roller</translation>
    </message>
    <message>
        <source>People leaving</source>
        <translation>Personer som slutar</translation>
    </message>
    <message>
        <source>in the next {days} days</source>
        <translation>de närmaste {days} dagarna</translation>
    </message>
    <message>
        <source>Leaving &amp;within</source>
        <translation>Slutar &amp;inom</translation>
    </message>
    <message>
        <source>Leaving within</source>
        <translation>Slutar inom</translation>
    </message>
    <message>
        <source>People leaving with accounts unsettled</source>
        <translation>Personer som slutar med konton som inte är avklarade</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Ej avklarat</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Click a person, or press Enter, to see their offboarding</source>
        <translation>Klicka på en person, eller tryck på Enter, för att se personens avslut</translation>
    </message>
    <message>
        <source>Start offboarding…</source>
        <translation>Starta avslut…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <source>Start the offboarding of the chosen person, who is recorded as leaving but has none yet</source>
        <translation>Starta avslutet för den valda personen, som är registrerad som på väg att sluta men inte har något ännu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <source>started</source>
        <translation>påbörjat</translation>
    </message>
    <message>
        <source>no offboarding started</source>
        <translation>inget avslut påbörjat</translation>
    </message>
    <message>
        <source>{count} people leave within {days} days with accounts unsettled.</source>
        <translation>{count} personer slutar inom {days} dagar med konton som inte är avklarade.</translation>
    </message>
    <message>
        <source>1 person leaves within {days} days with accounts unsettled.</source>
        <translation>1 person slutar inom {days} dagar med konton som inte är avklarade.</translation>
    </message>
    <message>
        <source>No one leaves within {days} days with anything unsettled.</source>
        <translation>Ingen slutar inom {days} dagar med något som inte är avklarat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>{view} (Ctrl+{number})</source>
        <translation>{view} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Öppnar registret…</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Databas: {where}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Organisation settings…</source>
        <translation>&amp;Organisationsinställningar…</translation>
    </message>
    <message>
        <source>Import p&amp;eople…</source>
        <translation>Importera p&amp;ersoner…</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>&amp;Importera konton…</translation>
    </message>
    <message>
        <source>Social-media po&amp;licy…</source>
        <translation>Po&amp;licy för sociala medier…</translation>
    </message>
    <message>
        <source>Create the sa&amp;mple organisation</source>
        <translation>Skapa exe&amp;mpelorganisationen</translation>
    </message>
    <message>
        <source>Fills an empty registry with an example organisation</source>
        <translation>Fyller ett tomt register med en exempelorganisation</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Databas…</translation>
    </message>
    <message>
        <source>&amp;Copy to a shared server…</source>
        <translation>&amp;Kopiera till en delad server…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>How to erase a person: People → Privacy → Anonymise this person… (or People due for anonymisation…). Their name becomes “{pseudonym}”, their email, title and manager link are erased, a personal account of theirs leaves the registry, and the database file no longer holds them. People → Privacy → Export this person&apos;s data… answers an access request.</source>
        <translation>Så raderas en person: Personer → Integritet → Anonymisera den här personen… (eller Personer som ska anonymiseras…). Namnet blir ”{pseudonym}”, e-post, titel och chef raderas, ett personligt konto av deras tas bort ur registret, och databasfilen innehåller dem inte längre. Personer → Integritet → Exportera den här personens uppgifter… besvarar en begäran om registerutdrag.</translation>
    </message>
    <message>
        <source>&amp;About Account Registry…</source>
        <translation>Om Account Re&amp;gistry…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importera personer från HR</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.txt *.tsv *.xlsx *.ods);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Account Registry {version}: who owns which social media accounts, settled before anyone leaves.</source>
        <translation>Account Registry {version}: vem som äger vilka konton i sociala medier, klarlagt innan någon slutar.</translation>
    </message>
    <message>
        <source>Where the data lives: {where}. Secrets (passwords, recovery codes) are only in the operating system&apos;s keyring. The log is in {log}.</source>
        <translation>Var data finns: {where}. Hemligheter (lösenord, återställningskoder) finns bara i operativsystemets nyckelring. Loggen finns i {log}.</translation>
    </message>
    <message>
        <source>How long it is kept: what is kept about people who left is due for anonymisation once the retention period has passed since their last working day ({months} months; File → Organisation settings).</source>
        <translation>Hur länge det sparas: uppgifter om personer som har slutat ska anonymiseras när lagringstiden har gått sedan deras sista arbetsdag ({months} månader; Arkiv → Organisationsinställningar).</translation>
    </message>
    <message>
        <source>How to erase a person: People → Privacy → Anonymise this person… (or People due for anonymisation…). Their name becomes “[former employee 12]”, their email, title and manager link are erased, a personal account of theirs leaves the registry, and the database file no longer holds them. People → Privacy → Export this person&apos;s data… answers an access request.</source>
        <translation type="vanished">Så raderas en person: Personer → Integritet → Anonymisera den här personen… (eller Personer som ska anonymiseras…). Namnet blir ”[former employee 12]”, e-post, titel och chef raderas, ett personligt konto av deras tas bort ur registret, och databasfilen innehåller dem inte längre. Personer → Integritet → Exportera den här personens uppgifter… besvarar en begäran om registerutdrag.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="vanished">Om {app}</translation>
    </message>
    <message>
        <source>Other people&apos;s changes could not be read: {reason}</source>
        <translation>Andras ändringar kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <source>The registry could not be read.</source>
        <translation>Registret kunde inte läsas.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Creating the sample organisation…</source>
        <translation>Skapar exempelorganisationen…</translation>
    </message>
    <message>
        <source>Created {organisation}: {accounts} accounts and {people} people.</source>
        <translation>Skapade {organisation}: {accounts} konton och {people} personer.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>That cannot be done.</source>
        <translation>Det går inte att göra.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>En del av det som angavs är inte giltigt.</translation>
    </message>
    <message>
        <source>That record is not in the registry.</source>
        <translation>Den posten finns inte i registret.</translation>
    </message>
    <message>
        <source>That collides with what is already recorded.</source>
        <translation>Det krockar med det som redan är registrerat.</translation>
    </message>
    <message>
        <source>The database cannot be used right now.</source>
        <translation>Databasen kan inte användas just nu.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} måste fyllas i.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} måste vara text.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label} är för lång ({length} tecken; högst {limit}).</translation>
    </message>
    <message>
        <source>{label} contains control characters; remove them.</source>
        <translation>{label} innehåller styrtecken; ta bort dem.</translation>
    </message>
    <message>
        <source>{label} contains characters nobody can see ({characters}), which can make it read as something else; type it again without them.</source>
        <translation>{label} innehåller tecken som ingen kan se ({characters}) och som kan få texten att läsas som något annat; skriv den igen utan dem.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an email address (expected name@example.com).</source>
        <translation>{label} ”{value}” är inte en e-postadress (förväntat namn@exempel.se).</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {allowed}.</source>
        <translation>{label} ”{value}” är inte något av: {allowed}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} måste vara ett heltal.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} måste vara mellan {low} och {high}.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>{label}: {count} given; at most {limit}.</source>
        <translation>{label}: {count} angivna; högst {limit}.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reload it and make your change again.</source>
        <translation type="vanished">Någon annan har ändrat posten sedan du öppnade den; läs in den igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds between 0 and {high}, not “{value}”.</source>
        <translation>{variable} måste vara ett antal sekunder mellan 0 och {high}, inte ”{value}”.</translation>
    </message>
    <message>
        <source>The name the audit trail records for you is too long ({length} characters; at most {limit}); set {variable} to a shorter name.</source>
        <translation>Namnet som revisionsloggen registrerar dig under är för långt ({length} tecken; högst {limit}); sätt {variable} till ett kortare namn.</translation>
    </message>
    <message>
        <source>The name the audit trail records for you contains a line break, a control character or an invisible character; set {variable} to a plain name.</source>
        <translation>Namnet som revisionsloggen registrerar dig under innehåller en radbrytning, ett styrtecken eller ett osynligt tecken; sätt {variable} till ett vanligt namn.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and try again. No file was written.</source>
        <translation>Disken där {path} ligger är full; frigör lite utrymme och försök igen. Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite&apos;s check says: {detail}); nothing was copied or changed. Restore it from a backup.</source>
        <translation>{where} är skadad (SQLites kontroll säger: {detail}); inget kopierades eller ändrades. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>Händelse {event_id} i revisionsloggen ({at}, {actor}: {action} {entity} {entity_id}) har ändrats efter att den registrerades: innehållet stämmer inte längre med dess hashvärde.</translation>
    </message>
    <message>
        <source>Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) does not follow the event before it: an event was removed or slipped in.</source>
        <translation>Händelse {event_id} i revisionsloggen ({at}, {actor}: {action} {entity} {entity_id}) följer inte händelsen före den: en händelse har tagits bort eller smugits in.</translation>
    </message>
    <message>
        <source>The audit trail of {where} is intact: {events} events, the last with the hash {head}.</source>
        <translation>Revisionsloggen i {where} är intakt: {events} händelser, den sista med hashvärdet {head}.</translation>
    </message>
    <message>
        <source>Wrote {events} audit events with their hashes to {path}.</source>
        <translation>Skrev {events} händelser ur revisionsloggen med deras hashvärden till {path}.</translation>
    </message>
    <message>
        <source>The audit trail of {where} is no longer protected (changed or missing: {triggers}): the database was changed outside Account Registry. Run “accountregistry audit verify” and restore a backup.</source>
        <translation>Revisionsloggen i {where} är inte längre skyddad (ändrat eller saknas: {triggers}): databasen har ändrats utanför Account Registry. Kör ”accountregistry audit verify” och återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} holds an unfinished change left by a program that stopped in the middle of it (the file {journal} beside it); opening the registry once with write access undoes that change. Ask for write access to the file and its folder, or copy both files to a folder of yours.</source>
        <translation>{path} innehåller en ofullbordad ändring från ett program som stannade mitt i den (filen {journal} bredvid); öppnas registret en gång med skrivbehörighet ångras ändringen. Be om skrivbehörighet till filen och dess mapp, eller kopiera båda filerna till en egen mapp.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not an Account Registry database, and nothing was changed. Give the path of a registry, or create one there first (for example with “accountregistry demo”).</source>
        <translation>{path} är tom: den är ingen Account Registry-databas, och inget ändrades. Ange sökvägen till ett register, eller skapa först ett där (till exempel med ”accountregistry demo”).</translation>
    </message>
    <message>
        <source>{where} is missing part of the registry ({missing}): it was changed outside Account Registry. Restore it from a backup; nothing was changed.</source>
        <translation>{where} saknar en del av registret ({missing}): det har ändrats utanför Account Registry. Återställ det från en säkerhetskopia; inget ändrades.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and the registry {path} needs to keep its journal files beside it. Ask for write access to the folder, or copy the file to a folder of yours.</source>
        <translation>Mappen {folder} är skrivskyddad för dig, och registret {path} behöver ha sina journalfiler bredvid sig. Be om skrivbehörighet till mappen eller kopiera filen till en egen mapp.</translation>
    </message>
    <message>
        <source>This account is archived; restore it before granting roles on it.</source>
        <translation>Kontot är arkiverat; återställ det innan du tilldelar roller på det.</translation>
    </message>
    <message>
        <source>{name} has left the company; a role cannot be granted to someone who has left.</source>
        <translation>{name} har slutat; en roll kan inte tilldelas någon som har slutat.</translation>
    </message>
    <message>
        <source>A personal account belongs to its holder: the employer can never take it over, so it cannot be transferred.</source>
        <translation>Ett personligt konto tillhör sin innehavare: arbetsgivaren kan aldrig ta över det, så det kan inte föras över.</translation>
    </message>
    <message>
        <source>A personal account can never be transferred, but its current handover terms say “{disposition}”; give it new terms that do not transfer it.</source>
        <translation>Ett personligt konto kan aldrig överlämnas, men dess gällande överlämningsvillkor säger ”{disposition}”; ge det nya villkor som inte överlämnar det.</translation>
    </message>
    <message>
        <source>The successor cannot be the account&apos;s own holder.</source>
        <translation>Efterträdaren kan inte vara kontots egen innehavare.</translation>
    </message>
    <message>
        <source>{name} lost the role {role} here through an offboarding ({revoked_on}); this row would grant it again, so it is left out unless you choose to grant such roles again.</source>
        <translation>{name} förlorade rollen {role} här genom en avgång ({revoked_on}); raden skulle ge tillbaka den, så den utelämnas om du inte väljer att ge tillbaka sådana roller.</translation>
    </message>
    <message>
        <source>{name}&apos;s role {role} here was revoked on {revoked_on}, after the file was exported ({exported_on}); this row would grant it again, so it is left out unless you choose to grant such roles again.</source>
        <translation>{name}s roll {role} här återkallades {revoked_on}, efter att filen exporterades ({exported_on}); raden skulle ge tillbaka den, så den utelämnas om du inte väljer att ge tillbaka sådana roller.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation type="vanished">Samtycke kan inte återkallas innan det har getts.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan inte importeras.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} är en mapp; välj en fil.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the import reads files up to {limit} MB. Split it into smaller files, or leave out long text columns.</source>
        <translation>{file} är {size} MB; importen läser filer på upp till {limit} MB. Dela upp den i mindre filer, eller utelämna långa textkolumner.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} MB; the import reads files up to {limit} MB. Split it into smaller files, or leave out long text columns.</source>
        <translation>{file} är större än {limit} MB; importen läser filer på upp till {limit} MB. Dela upp den i mindre filer, eller utelämna långa textkolumner.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows (line {line} is one too many); split it into smaller files.</source>
        <translation>{file} har fler än {limit} rader (rad {line} är en för mycket); dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>{path} is not a file but a pipe or a device; save what it gives to a file and import that.</source>
        <translation>{path} är inte en fil utan ett rör eller en enhet; spara det den ger i en fil och importera den.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported. Check it again.</source>
        <translation>{file} ändrades medan den importerades; ingenting importerades. Kontrollera den igen.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the file name.</source>
        <translation>{path} finns inte; kontrollera filnamnet.</translation>
    </message>
    <message>
        <source>Cannot read {path}: you do not have permission to open it.</source>
        <translation>Kan inte läsa {path}: du har inte behörighet att öppna den.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan inte läsa {path}: {reason}.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes (line {line}): it is not a text file, or it is UTF-16 without a byte order mark; save it again as CSV (UTF-8).</source>
        <translation>{file} innehåller NUL-byte (rad {line}): det är inte en textfil, eller så är den UTF-16 utan byte order mark; spara den igen som CSV (UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8, UTF-16 or Windows-1252 (unreadable bytes on line {line}); save it again as CSV (UTF-8).</source>
        <translation>{file} är inte text i UTF-8, UTF-16 eller Windows-1252 (oläsliga byte på rad {line}); spara den igen som CSV (UTF-8).</translation>
    </message>
    <message>
        <source>{file} contains NUL characters on line {line}; it is not a spreadsheet&apos;s text export. Save it again as CSV.</source>
        <translation>{file} innehåller NUL-tecken på rad {line}; det är inte en textexport från ett kalkylark. Spara den igen som CSV.</translation>
    </message>
    <message>
        <source>{file} is empty; it needs a header line such as {example} and a row below it for each record.</source>
        <translation>{file} är tom; den behöver en rubrikrad som {example} och en rad under den för varje post.</translation>
    </message>
    <message>
        <source>Line 1 of {file} (“{first}”) names none of the columns the import reads; the first line must be a header such as {example}.</source>
        <translation>Rad 1 i {file} (”{first}”) nämner ingen av de kolumner som importen läser; första raden måste vara en rubrik som {example}.</translation>
    </message>
    <message>
        <source>Line {line} of {file} opens a quoted cell (&quot;) that is never closed, so the rest of the file would be one cell; close the quote or remove it.</source>
        <translation>Rad {line} i {file} öppnar en cell inom citattecken (&quot;) som aldrig stängs, så resten av filen skulle bli en enda cell; stäng citattecknet eller ta bort det.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has a cell longer than {limit} characters, more than any field holds; is a quote missing?</source>
        <translation>Rad {line} i {file} har en cell längre än {limit} tecken, mer än något fält rymmer; saknas ett citattecken?</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid CSV; check its quotes.</source>
        <translation>Rad {line} i {file} är inte giltig CSV; kontrollera citattecknen.</translation>
    </message>
    <message>
        <source>The header of {file} (line {line}) names the column “{column}” twice; keep one of them.</source>
        <translation>Rubriken i {file} (rad {line}) nämner kolumnen ”{column}” två gånger; behåll den ena.</translation>
    </message>
    <message>
        <source>The header of {file} (line {line}) has no column to recognise a row by; it needs one of: {needed}.</source>
        <translation>Rubriken i {file} (rad {line}) har ingen kolumn som en rad kan kännas igen på; den behöver en av: {needed}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows of {file} cannot be imported, the first on line {line}. Correct the file, or import only the valid rows.</source>
        <translation>Ingenting importerades: {count} rader i {file} kan inte importeras, den första på rad {line}. Rätta filen, eller importera bara de giltiga raderna.</translation>
    </message>
    <message>
        <source>The registry changed since the file was checked (someone else added or edited the same accounts or people); nothing was imported. Check the file again and import it.</source>
        <translation>Registret har ändrats sedan filen kontrollerades (någon annan har lagt till eller redigerat samma konton eller personer); ingenting importerades. Kontrollera filen igen och importera den.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>“{value}” is not a delimiter the export writes; use &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation>”{value}” är inte en avgränsare som exporten skriver; använd &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; eller &apos;|&apos;.</translation>
    </message>
    <message>
        <source>“{value}” is not a format the export writes; use one of {allowed}.</source>
        <translation>”{value}” är inte ett format som exporten skriver; använd ett av {allowed}.</translation>
    </message>
    <message>
        <source>{file} is not an Excel or LibreOffice workbook (its name says so, its content does not); if it is a CSV file, rename it to .csv and import it again.</source>
        <translation>{file} är inte en Excel- eller LibreOffice-arbetsbok (namnet säger det, innehållet gör det inte); är det en CSV-fil, byt namn på den till .csv och importera den igen.</translation>
    </message>
    <message>
        <source>{file} is protected by a password; save a copy without the password and import that.</source>
        <translation>{file} är skyddad med ett lösenord; spara en kopia utan lösenordet och importera den.</translation>
    </message>
    <message>
        <source>{file} is an old Excel workbook (.xls); save it as .xlsx or .ods and import that.</source>
        <translation>{file} är en gammal Excel-arbetsbok (.xls); spara den som .xlsx eller .ods och importera den.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a workbook: it is damaged or not complete.</source>
        <translation>{file} kan inte läsas som en arbetsbok: den är skadad eller ofullständig.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB; the import reads workbooks up to {limit} MB unpacked. Split it into smaller files.</source>
        <translation type="vanished">{file} blir större än {limit} MB uppackad; importen läser arbetsböcker på upp till {limit} MB uppackade. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>{file} holds formulas (the first in sheet “{sheet}”); the import never runs them. Save a copy with values only (paste as values) and import that.</source>
        <translation type="vanished">{file} innehåller formler (den första i bladet ”{sheet}”); importen kör dem aldrig. Spara en kopia med bara värden (klistra in som värden) och importera den.</translation>
    </message>
    <message>
        <source>{file} has a hidden sheet, “{sheet}”; show or delete it, then import again, so that nothing is imported that you cannot see.</source>
        <translation>{file} har ett dolt blad, ”{sheet}”; visa eller ta bort det och importera sedan igen, så att inget importeras som du inte kan se.</translation>
    </message>
    <message>
        <source>The header of {file} (row {line}) has merged cells; give each column its own header cell and import again.</source>
        <translation>Rubriken i {file} (rad {line}) har sammanfogade celler; ge varje kolumn en egen rubrikcell och importera igen.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”; its sheets are {sheets}.</source>
        <translation>{file} har inget blad med namnet ”{sheet}”; dess blad är {sheets}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: you do not have permission to write there; choose another folder.</source>
        <translation>Kan inte skriva {path}: du har inte behörighet att skriva där; välj en annan mapp.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and export again. No file was written.</source>
        <translation>Disken med {path} är full; frigör utrymme och exportera igen. Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. No file was written.</source>
        <translation>Kan inte skriva {path}: {reason}. Ingen fil skrevs.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} är en mapp; ange namnet på filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another one.</source>
        <translation>Mappen {folder} finns inte; skapa den eller välj en annan.</translation>
    </message>
    <message>
        <source>{path} is the registry&apos;s own database; choose another file for the report.</source>
        <translation>{path} är registrets egen databas; välj en annan fil för rapporten.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Rad {line}: {reason}</translation>
    </message>
    <message>
        <source>Rows in conflict: {count}. They are left out; to import them after all, grant the roles again (--grant-revoked-roles).</source>
        <translation>Rader i konflikt: {count}. De utelämnas; för att ändå importera dem måste rollerna ges tillbaka (--grant-revoked-roles).</translation>
    </message>
    <message>
        <source>Those are the first {shown} of {count} rows in error. All of them, by kind:</source>
        <translation>Det är de första {shown} av {count} rader med fel. Alla, efter slag:</translation>
    </message>
    <message>
        <source>{count} rows like line {line}: {reason}</source>
        <translation>{count} rader som rad {line}: {reason}</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header has {width}; a delimiter is missing or extra (check for an unquoted delimiter inside a cell).</source>
        <translation>Raden har {cells} celler men rubriken har {width}; en avgränsare saknas eller är för mycket (leta efter en avgränsare utan citattecken inne i en cell).</translation>
    </message>
    <message>
        <source>This account is already on line {first}; an account may appear only once in a file.</source>
        <translation>Kontot finns redan på rad {first}; ett konto får bara förekomma en gång i en fil.</translation>
    </message>
    <message>
        <source>{label} “{value}” should be yes or no.</source>
        <translation>{label} ”{value}” ska vara ja eller nej.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a moment in time such as 2026-12-31T10:11:12Z.</source>
        <translation>”{value}” är inte en tidpunkt som 2026-12-31T10:11:12Z.</translation>
    </message>
    <message>
        <source>The url {url} is another account than platform {platform} and handle {handle}; correct one of them.</source>
        <translation>Adressen {url} är ett annat konto än plattform {platform} och användarnamn {handle}; rätta en av dem.</translation>
    </message>
    <message>
        <source>Terms agreed on is required with a disposition: the date the handover terms were agreed.</source>
        <translation type="vanished">Villkor överenskomna den måste fyllas i tillsammans med Vid avgång: datumet då överlämningsvillkoren kom överens.</translation>
    </message>
    <message>
        <source>Handover terms need a disposition; fill it in, or clear the other handover terms cells of this row.</source>
        <translation>Överlämningsvillkor behöver ett värde i Vid avgång; fyll i det, eller töm radens andra celler om överlämningsvillkor.</translation>
    </message>
    <message>
        <source>Administrator “{entry}” should be written as Name &lt;email&gt; (role), for example Jane Doe &lt;jane@acme.dk&gt; (admin).</source>
        <translation>Administratör ”{entry}” ska skrivas som Namn &lt;email&gt; (roll), till exempel Jane Doe &lt;jane@acme.dk&gt; (admin).</translation>
    </message>
    <message>
        <source>The role of “{entry}” is not one of: {allowed}.</source>
        <translation>Rollen i ”{entry}” är inte någon av: {allowed}.</translation>
    </message>
    <message>
        <source>The email of “{entry}” is not an email address (expected name@example.com).</source>
        <translation>E-posten i ”{entry}” är inte en e-postadress (förväntat namn@exempel.se).</translation>
    </message>
    <message>
        <source>The name in “{entry}” is too long or holds control characters.</source>
        <translation>Namnet i ”{entry}” är för långt eller innehåller kontrolltecken.</translation>
    </message>
    <message>
        <source>{label}: {email} is not in the registry, and the file gives no name for them; add the name.</source>
        <translation>{label}: {email} finns inte i registret, och filen anger inget namn; lägg till namnet.</translation>
    </message>
    <message>
        <source>{email} is named “{name}” here but “{other}” on line {line}; use one name.</source>
        <translation>{email} heter ”{name}” här men ”{other}” på rad {line}; använd ett namn.</translation>
    </message>
    <message>
        <source>{label}: {count} people in the registry are called {name}; give their email.</source>
        <translation>{label}: {count} personer i registret heter {name}; ange e-postadressen.</translation>
    </message>
    <message>
        <source>{label}: {name} is not in the registry; give their email so they can be added.</source>
        <translation>{label}: {name} finns inte i registret; ange e-postadressen så att personen kan läggas till.</translation>
    </message>
    <message>
        <source>{person} stays {role}: an import never revokes a role; revoke it in the registry with a reason.</source>
        <translation>{person} förblir {role}: en import återkallar aldrig en roll; återkalla den i registret med ett skäl.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">”{text}” är inte ett datum (t.ex. 2026-12-31 eller 31.12.2026).</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">”{text}” är inte ett datum som finns (t.ex. 2026-12-31 eller 31.12.2026).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year; write the year in full (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">”{text}” har ett tvåsiffrigt årtal; skriv hela årtalet (t.ex. 2026-12-31 eller 31.12.2026).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year more than 50 years from now; write the year in full (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">”{text}” har ett tvåsiffrigt årtal som ligger mer än 50 år från i dag; skriv hela årtalet (t.ex. 2026-12-31 eller 31.12.2026).</translation>
    </message>
    <message>
        <source>“{text}” is not a complete date (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">”{text}” är inte ett fullständigt datum (t.ex. 2026-12-31 eller 31.12.2026).</translation>
    </message>
    <message>
        <source>“{text}” could be {one} or {other}; write it as {first} or {second}.</source>
        <translation>”{text}” kan vara {one} eller {other}; skriv det som {first} eller {second}.</translation>
    </message>
    <message>
        <source>The checklist templates in {path} cannot be used: {problem}</source>
        <translation>Checklistmallarna i {path} kan inte användas: {problem}</translation>
    </message>
    <message>
        <source>The checklist templates in {path}, line {line} cannot be used: {problem}</source>
        <translation>Checklistmallarna i {path}, rad {line}, kan inte användas: {problem}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>filen kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>filen är inte UTF-8-text; spara den som UTF-8.</translation>
    </message>
    <message>
        <source>it is not valid TOML ({detail}).</source>
        <translation>det är inte giltig TOML ({detail}).</translation>
    </message>
    <message>
        <source>“{key}” is not a setting of the file; it has “functions” and [[item]] tables.</source>
        <translation>”{key}” är ingen inställning i filen; den har ”functions” och [[item]]-tabeller.</translation>
    </message>
    <message>
        <source>“functions” must list the teams items can be assigned to, e.g. functions = [&quot;HR&quot;, &quot;Communications&quot;, &quot;IT&quot;].</source>
        <translation>”functions” måste räkna upp de team som punkter kan tilldelas, t.ex. functions = [&quot;HR&quot;, &quot;Communications&quot;, &quot;IT&quot;].</translation>
    </message>
    <message>
        <source>“leaver” and “successor” are always available as assignees; do not list them in “functions”.</source>
        <translation>”leaver” och ”successor” kan alltid tilldelas punkter; ange dem inte i ”functions”.</translation>
    </message>
    <message>
        <source>it has no [[item]] tables; a checklist needs at least one item.</source>
        <translation>den har inga [[item]]-tabeller; en checklista behöver minst en punkt.</translation>
    </message>
    <message>
        <source>the action “{action}” is used twice; each item needs its own action.</source>
        <translation>åtgärden ”{action}” används två gånger; varje punkt behöver en egen åtgärd.</translation>
    </message>
    <message>
        <source>“{key}” is not something an item can have; use: {allowed}.</source>
        <translation>”{key}” är inget som en punkt kan ha; använd: {allowed}.</translation>
    </message>
    <message>
        <source>this item has no “{key}”; every item needs action, title, assignee and due.</source>
        <translation>den här punkten har ingen ”{key}”; varje punkt behöver action, title, assignee och due.</translation>
    </message>
    <message>
        <source>an action is a short id of lowercase letters, digits and _, starting with a letter (e.g. “rotate_shared_login”).</source>
        <translation>en åtgärd är ett kort id av gemener, siffror och _, som börjar med en bokstav (t.ex. ”rotate_shared_login”).</translation>
    </message>
    <message>
        <source>item “{action}” needs a title: the text of the checklist item.</source>
        <translation>punkten ”{action}” behöver en titel: texten i checklistpunkten.</translation>
    </message>
    <message>
        <source>item “{action}” has scope “{scope}”; use “account” or “general”.</source>
        <translation>punkten ”{action}” har scope ”{scope}”; använd ”account” eller ”general”.</translation>
    </message>
    <message>
        <source>the title of item “{action}” has a stray brace ({detail}); write placeholders as {{leaver}}.</source>
        <translation>titeln på punkten ”{action}” har en lös klammer ({detail}); skriv platshållare som {{leaver}}.</translation>
    </message>
    <message>
        <source>the title of item “{action}” uses {placeholder}, which is not one of: {allowed}.</source>
        <translation>titeln på punkten ”{action}” använder {placeholder}, som inte är något av: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” is assigned to “{assignee}”, which is not one of: {allowed}.</source>
        <translation>punkten ”{action}” är tilldelad ”{assignee}”, som inte är något av: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” has due = {due}; give a whole number of business days between -{limit} and {limit} (negative: before the last working day).</source>
        <translation>punkten ”{action}” har due = {due}; ange ett helt antal arbetsdagar mellan -{limit} och {limit} (negativt: före den sista arbetsdagen).</translation>
    </message>
    <message>
        <source>item “{action}” has effect “{effect}”; use one of: {allowed}, or leave it out.</source>
        <translation>punkten ”{action}” har effect ”{effect}”; använd något av: {allowed}, eller utelämna den.</translation>
    </message>
    <message>
        <source>item “{action}”: “{key}” must be true or false.</source>
        <translation>punkten ”{action}”: ”{key}” måste vara true eller false.</translation>
    </message>
    <message>
        <source>item “{action}”: “{key}” must be a list such as [&quot;{example}&quot;].</source>
        <translation>punkten ”{action}”: ”{key}” måste vara en lista som [&quot;{example}&quot;].</translation>
    </message>
    <message>
        <source>item “{action}”: “{value}” is not one of the values of “{key}”; use: {allowed}.</source>
        <translation>punkten ”{action}”: ”{value}” är inte något av värdena för ”{key}”; använd: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” is general (one per offboarding), so it cannot have the condition “{key}”; conditions are for account items.</source>
        <translation>punkten ”{action}” är allmän (en per avslut), så den kan inte ha villkoret ”{key}”; villkor är till för kontopunkter.</translation>
    </message>
    <message>
        <source>item “{action}” is general, so completing it cannot change an account&apos;s roles.</source>
        <translation>punkten ”{action}” är allmän, så den kan inte ändra ett kontos roller när den utförs.</translation>
    </message>
    <message>
        <source>item “{action}” hands accounts over, which a personal account never is; give it a “kind” list without “personal”.</source>
        <translation>punkten ”{action}” lämnar över konton, vilket ett personligt konto aldrig gör; ge den en ”kind”-lista utan ”personal”.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file.</source>
        <translation>{path} är en mapp; ange namnet på en fil.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>Mappen {folder} finns inte; skapa den eller välj en annan.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Kan inte skriva i {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan inte skriva {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be made.</source>
        <translation>Kan inte skriva {path}: PDF-filen kunde inte skapas.</translation>
    </message>
    <message>
        <source>{where} is not empty (accounts: {accounts}, people: {people}); the sample organisation goes into an empty database: use --db with a new file.</source>
        <translation>{where} är inte tom (konton: {accounts}, personer: {people}); exempelorganisationen ska in i en tom databas: använd --db med en ny fil.</translation>
    </message>
    <message>
        <source>backup copies an SQLite file; for a server database use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>backup kopierar en SQLite-fil; använd serverns egna säkerhetskopieringsverktyg för en serverdatabas (för PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept.</source>
        <translation>avbrutet; inget halvskrivet sparades.</translation>
    </message>
    <message>
        <source>Someone else saved a conflicting change at the same moment; reload and make your change again.</source>
        <translation>Någon annan sparade en motstridig ändring i samma ögonblick; läs in igen och gör din ändring på nytt.</translation>
    </message>
    <message>
        <source>“{address}” is not a database address; give a file path or a URL such as postgresql://host/registry.</source>
        <translation>”{address}” är ingen databasadress; ange en filsökväg eller en URL som postgresql://host/registry.</translation>
    </message>
    <message>
        <source>An in-memory database would lose everything on exit; give a file path.</source>
        <translation>En databas i minnet skulle förlora allt vid avslut; ange en filsökväg.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder is read-only for you; choose another location.</source>
        <translation>Kan inte skapa {path}: mappen är skrivskyddad för dig; välj en annan plats.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Kan inte skapa {path}: {reason}.</translation>
    </message>
    <message>
        <source>Account Registry cannot talk to “{driver}” databases: the driver is unknown or not installed.</source>
        <translation>Account Registry kan inte tala med ”{driver}”-databaser: drivrutinen är okänd eller inte installerad.</translation>
    </message>
    <message>
        <source>Cannot use the database server {where}: {detail}</source>
        <translation type="vanished">Kan inte använda databasservern {where}: {detail}</translation>
    </message>
    <message>
        <source>{where} is locked by another program (perhaps another Account Registry window); close it and try again.</source>
        <translation>{where} är låst av ett annat program (kanske ett annat Account Registry-fönster); stäng det och försök igen.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; close it and try again.</source>
        <translation>{where} är låst av ett annat program; stäng det och försök igen.</translation>
    </message>
    <message>
        <source>{where} is read-only for you; ask for write access or open a copy.</source>
        <translation>{where} är skrivskyddad för dig; be om skrivbehörighet eller öppna en kopia.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again. Nothing was saved.</source>
        <translation>Disken med {where} är full; frigör utrymme och försök igen. Inget sparades.</translation>
    </message>
    <message>
        <source>{where} is damaged; restore it from a backup (Account Registry keeps one beside it before every upgrade).</source>
        <translation>{where} är skadad; återställ den från en säkerhetskopia (Account Registry sparar en bredvid den före varje uppgradering).</translation>
    </message>
    <message>
        <source>{where} is not an Account Registry database (it is not an SQLite file); nothing was changed.</source>
        <translation>{where} är ingen Account Registry-databas (det är ingen SQLite-fil); inget ändrades.</translation>
    </message>
    <message>
        <source>Cannot open {where}: check that the folder exists and that you may write to it.</source>
        <translation>Kan inte öppna {where}: kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <source>You do not have permission to use {where}.</source>
        <translation>Du har inte behörighet att använda {where}.</translation>
    </message>
    <message>
        <source>Reading or writing {where} failed (a disk or network drive problem); check the drive and try again.</source>
        <translation>Läsning eller skrivning av {where} misslyckades (ett problem med disken eller nätverksenheten); kontrollera enheten och försök igen.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Account Registry (schema {revision}); install that version to open it. Nothing was changed.</source>
        <translation>{where} skrevs av en nyare version av Account Registry (schema {revision}); installera den versionen för att öppna den. Inget ändrades.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not an Account Registry database; nothing was changed.</source>
        <translation>{path} är en SQLite-databas från ett annat program, inte en Account Registry-databas; inget ändrades.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path, or create a registry there first: “accountregistry settings set --name …” for your organisation, or “accountregistry demo” for the sample.</source>
        <translation>{path} finns inte; kontrollera sökvägen, eller skapa först ett register där: ”accountregistry settings set --name …” för er organisation eller ”accountregistry demo” för exemplet.</translation>
    </message>
    <message>
        <source>{where} needs an upgrade to this version&apos;s schema; run “accountregistry migrate”.</source>
        <translation>{where} behöver uppgraderas till den här versionens schema; kör ”accountregistry migrate”.</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>Säkerhetskopian måste skrivas till en annan fil än själva databasen.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} finns redan; välj ett nytt filnamn för säkerhetskopian.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Det finns ingen person med id {person_id}.</translation>
    </message>
    <message>
        <source>No person with the work email “{email}” is in the registry.</source>
        <translation>Det finns ingen person med jobbmejlen ”{email}” i registret.</translation>
    </message>
    <message>
        <source>{name} already has the work email {email}.</source>
        <translation>{name} har redan jobbmejlen {email}.</translation>
    </message>
    <message>
        <source>A person who is leaving or has left needs a last working day.</source>
        <translation>En person som slutar eller har slutat måste ha en sista arbetsdag.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>En person kan inte vara sin egen chef.</translation>
    </message>
    <message>
        <source>Person {person_id} was already anonymised; it cannot be undone.</source>
        <translation>Person {person_id} är redan anonymiserad; det går inte att ångra.</translation>
    </message>
    <message>
        <source>{name} is {status}; only people who have left can be anonymised.</source>
        <translation>{name} är {status}; bara personer som har slutat kan anonymiseras.</translation>
    </message>
    <message>
        <source>{name} still holds active roles ({count}); revoke them or finish the offboarding first. Nothing was changed.</source>
        <translation>{name} har fortfarande aktiva roller ({count}); återkalla dem eller slutför avslutet först. Inget ändrades.</translation>
    </message>
    <message>
        <source>The command line writes the access request as JSON (FILE.json); for a readable PDF use People → Privacy → Export this person&apos;s data… in the window.</source>
        <translation type="vanished">Kommandoraden skriver registerutdraget som JSON (FIL.json); använd Personer → Integritet → Exportera den här personens uppgifter… i fönstret för en läsbar PDF.</translation>
    </message>
    <message>
        <source>{name} has an open offboarding; close or cancel it first. Nothing was changed.</source>
        <translation>{name} har ett öppet avslut; stäng eller avbryt det först. Inget ändrades.</translation>
    </message>
    <message>
        <source>{label}: a person cannot be their own manager.</source>
        <translation>{label}: en person kan inte vara sin egen chef.</translation>
    </message>
    <message>
        <source>The chosen manager is not in the registry.</source>
        <translation>Den valda chefen finns inte i registret.</translation>
    </message>
    <message>
        <source>“{value}” is not a layout of the report; use one of {allowed}.</source>
        <translation>”{value}” är inte en layout för rapporten; använd en av {allowed}.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than the import reads: at most {limit} MB, and no part more than {ratio} times its packed size. Split it into smaller files.</source>
        <translation type="vanished">{file} blir större uppackad än importen läser: högst {limit} MB, och ingen del mer än {ratio} gånger sin packade storlek. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>The columns of {file} seem shifted from line {line}: {count} rows from there on do not have the header&apos;s {width} cells, so their values would land under the wrong headings. A delimiter inside a cell was probably not quoted, or a spreadsheet split a cell in two.</source>
        <translation>Kolumnerna i {file} verkar förskjutna från rad {line}: {count} rader därifrån har inte rubrikradens {width} celler, så deras värden skulle hamna under fel rubriker. En avgränsare i en cell saknar troligen citattecken, eller så har ett kalkylprogram delat en cell i två.</translation>
    </message>
    <message>
        <source>31 Dec 2026 or 2026-12-31</source>
        <translation>2026-12-31 eller 31.12.2026</translation>
    </message>
    <message>
        <source>{path} already exists; give another file name, or add --replace to write over it. Nothing was written.</source>
        <translation>{path} finns redan; ange ett annat filnamn, eller lägg till --replace för att skriva över den. Inget skrevs.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the part that makes PDFs stopped unexpectedly (status {status}); what it said is above. Nothing was written.</source>
        <translation>Kan inte skriva {path}: delen som gör PDF-filer stannade oväntat (status {status}); det den skrev står ovan. Inget skrevs.</translation>
    </message>
    <message>
        <source>There is no account with id {account_id}.</source>
        <translation>Det finns inget konto med id {account_id}.</translation>
    </message>
    <message>
        <source>“{text}” is neither an account id nor an account address: {reason}</source>
        <translation>”{text}” är varken ett konto-id eller en kontoadress: {reason}</translation>
    </message>
    <message>
        <source>{url} is not in the registry.</source>
        <translation>{url} finns inte i registret.</translation>
    </message>
    <message>
        <source>{platform} {handle} is already in the registry.</source>
        <translation>{platform} {handle} finns redan i registret.</translation>
    </message>
    <message>
        <source>Paste the account&apos;s address, or choose a platform and type the handle.</source>
        <translation>Klistra in kontots adress, eller välj en plattform och skriv användarnamnet.</translation>
    </message>
    <message>
        <source>{platform} has no {presence}; choose one of: {allowed}.</source>
        <translation>{platform} har ingen {presence}; välj något av: {allowed}.</translation>
    </message>
    <message>
        <source>Type the {platform} handle, or paste the address.</source>
        <translation>Skriv användarnamnet på {platform}, eller klistra in adressen.</translation>
    </message>
    <message>
        <source>The chosen holder is not in the registry.</source>
        <translation>Den valda innehavaren finns inte i registret.</translation>
    </message>
    <message>
        <source>The chosen escalation contact is not in the registry.</source>
        <translation>Den valda eskaleringskontakten finns inte i registret.</translation>
    </message>
    <message>
        <source>{name} is already {role} of this account.</source>
        <translation>{name} är redan {role} för det här kontot.</translation>
    </message>
    <message>
        <source>There is no role grant with id {role_id}.</source>
        <translation>Det finns ingen rolltilldelning med id {role_id}.</translation>
    </message>
    <message>
        <source>This role was already revoked on {day}.</source>
        <translation>Rollen återkallades redan den {day}.</translation>
    </message>
    <message>
        <source>A role cannot be revoked before it was granted ({day}).</source>
        <translation>En roll kan inte återkallas innan den tilldelades ({day}).</translation>
    </message>
    <message>
        <source>The chosen successor is not in the registry.</source>
        <translation>Den valda efterträdaren finns inte i registret.</translation>
    </message>
    <message>
        <source>“{value}” is not an email domain (expected e.g. acme.dk).</source>
        <translation>”{value}” är inte en e-postdomän (förväntat t.ex. acme.se).</translation>
    </message>
    <message>
        <source>There is no offboarding with id {case_id}.</source>
        <translation>Det finns inget avslut med id {case_id}.</translation>
    </message>
    <message>
        <source>There is no checklist item with id {item_id}.</source>
        <translation>Det finns ingen punkt i checklistan med id {item_id}.</translation>
    </message>
    <message>
        <source>{name} has no offboarding; start one first.</source>
        <translation>{name} har inget avslut; starta ett först.</translation>
    </message>
    <message>
        <source>The last working day {day} is more than {days} days ago; check the year.</source>
        <translation>Den sista arbetsdagen {day} ligger mer än {days} dagar bakåt i tiden; kontrollera året.</translation>
    </message>
    <message>
        <source>The last working day {day} is more than two years ahead; check the year.</source>
        <translation>Den sista arbetsdagen {day} ligger mer än två år framåt i tiden; kontrollera året.</translation>
    </message>
    <message>
        <source>{name} cannot be their own successor; choose someone who stays.</source>
        <translation>{name} kan inte vara sin egen efterträdare; välj någon som stannar.</translation>
    </message>
    <message>
        <source>{name} has left the company and cannot be the successor.</source>
        <translation>{name} har slutat och kan inte vara efterträdare.</translation>
    </message>
    <message>
        <source>{name} has already left; an offboarding is started before the last working day.</source>
        <translation>{name} har redan slutat; ett avslut startas före den sista arbetsdagen.</translation>
    </message>
    <message>
        <source>{name} already has an open offboarding (last working day {day}); change that one instead.</source>
        <translation>{name} har redan ett öppet avslut (sista arbetsdag {day}); ändra det i stället.</translation>
    </message>
    <message>
        <source>{name} already has an open offboarding; reload and change that one.</source>
        <translation>{name} har redan ett öppet avslut; läs in på nytt och ändra det.</translation>
    </message>
    <message>
        <source>{name} has another open offboarding; close or cancel it before reopening this one.</source>
        <translation>{name} har ett annat öppet avslut; stäng eller avbryt det innan du öppnar det här igen.</translation>
    </message>
    <message>
        <source>This offboarding is closed; reopen it first.</source>
        <translation>Avslutet är stängt; öppna det igen först.</translation>
    </message>
    <message>
        <source>This offboarding was cancelled; reopen it first.</source>
        <translation>Avslutet är avbrutet; öppna det igen först.</translation>
    </message>
    <message>
        <source>This offboarding is already {status}.</source>
        <translation>Avslutet är redan {status}.</translation>
    </message>
    <message>
        <source>This offboarding is {status}; only an open one can be cancelled.</source>
        <translation>Avslutet är {status}; bara ett öppet avslut kan avbrytas.</translation>
    </message>
    <message>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv varför du öppnar avslutet igen; ett skäl krävs.</translation>
    </message>
    <message>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv varför du avbryter avslutet; ett skäl krävs.</translation>
    </message>
    <message>
        <source>Item {number} is already done ({by}); reopen it first to change it.</source>
        <translation>Punkt {number} är redan utförd ({by}); öppna den igen först för att ändra den.</translation>
    </message>
    <message>
        <source>Item {number} was waived ({reason}); reopen it first to change it.</source>
        <translation>Punkt {number} är undantagen ({reason}); öppna den igen först för att ändra den.</translation>
    </message>
    <message>
        <source>Item {number} is already open.</source>
        <translation>Punkt {number} är redan öppen.</translation>
    </message>
    <message>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv varför punkten undantas; en undantagen punkt kräver ett skäl.</translation>
    </message>
    <message>
        <source>{account} is a personal account: it stays with its holder and is never handed over; waive this item with a reason instead.</source>
        <translation>{account} är ett personligt konto: det stannar hos sin innehavare och lämnas aldrig över; undanta i stället punkten med ett skäl.</translation>
    </message>
    <message>
        <source>Choose a successor for the offboarding of {leaver} before completing this handover: {leaver}&apos;s roles on {account} go to the successor.</source>
        <translation>Välj en efterträdare i avslutet för {leaver} innan den här överlämningen utförs: rollerna på {account} för {leaver} går till efterträdaren.</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} cannot be closed yet. Remaining: {count}.</source>
        <translation>Avslutet för {leaver} kan inte stängas än. Återstår: {count}.</translation>
    </message>
    <message>
        <source>The keyring failed; try again.</source>
        <translation>Nyckelringen misslyckades; försök igen.</translation>
    </message>
    <message>
        <source>The keyring failed ({error}); try again, and if it keeps failing, restart your keyring application.</source>
        <translation>Nyckelringen misslyckades ({error}); försök igen, och starta om ditt nyckelringsprogram om det fortsätter att misslyckas.</translation>
    </message>
    <message>
        <source>The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your keyring application, or by logging in again) and try again.</source>
        <translation>Nyckelringen är låst, eller så avvisades begäran om upplåsning; lås upp den (till exempel i ditt nyckelringsprogram eller genom att logga in igen) och försök igen.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time; check whether it is showing an unlock prompt, or restart it, and try again.</source>
        <translation>Nyckelringen svarade inte i tid; kontrollera om den ber dig låsa upp den, eller starta om den, och försök igen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer; install and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Det finns ingen nyckelring på den här datorn; installera och lås upp en Secret Service, till exempel GNOME-nyckelring eller KWallet, och försök sedan igen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer; check that the operating system&apos;s credential store works, then try again.</source>
        <translation>Det finns ingen nyckelring på den här datorn; kontrollera att operativsystemets lagring av inloggningsuppgifter fungerar och försök sedan igen.</translation>
    </message>
    <message>
        <source>Keyring storage is switched off (the null keyring is configured); choose the operating system&apos;s keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.</source>
        <translation>Lagring i nyckelring är avstängd (null-nyckelringen är vald); välj operativsystemets nyckelring i keyringrc.cfg eller PYTHON_KEYRING_BACKEND för att spara inloggningar.</translation>
    </message>
    <message>
        <source>The configured keyring keeps secrets in a file of its own, not in the operating system&apos;s keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager instead.</source>
        <translation>Den valda nyckelringen sparar hemligheter i en egen fil, inte i operativsystemets nyckelring; välj i stället GNOME-nyckelring, KWallet, macOS-nyckelringen eller Windows Autentiseringshanteraren.</translation>
    </message>
    <message>
        <source>The keyring has no usable default collection; open your keyring application (such as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.</source>
        <translation>Nyckelringen har ingen användbar standardsamling; öppna ditt nyckelringsprogram (till exempel Seahorse eller KWallet Manager), skapa eller lås upp standardnyckelringen och försök igen.</translation>
    </message>
    <message>
        <source>{label} is not stored in the keyring for account {account_id}; set it again.</source>
        <translation>{label} är inte sparat i nyckelringen för konto {account_id}; ange det igen.</translation>
    </message>
    <message>
        <source>{label} is not stored in the keyring for account {account_id}.</source>
        <translation>{label} är inte sparat i nyckelringen för konto {account_id}.</translation>
    </message>
    <message>
        <source>Account {account_id} has no stored login to mark as rotated; store it first.</source>
        <translation>Konto {account_id} har ingen sparad inloggning att markera som bytt; spara den först.</translation>
    </message>
    <message>
        <source>That is not a login field; choose one of: {allowed}.</source>
        <translation>Det är inget inloggningsfält; välj något av: {allowed}.</translation>
    </message>
    <message>
        <source>{label} is empty; type or paste it.</source>
        <translation>{label}: fältet är tomt; skriv eller klistra in.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}: för långt (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>Give the secret on standard input.</source>
        <translation>Ange hemligheten på standard in.</translation>
    </message>
    <message>
        <source>A personal account&apos;s login belongs to its holder; the registry does not store it.</source>
        <translation>Ett personligt kontos inloggning tillhör innehavaren; registret sparar den inte.</translation>
    </message>
    <message>
        <source>Record whether account {account_id} is a company, employee-role or personal account before storing its login.</source>
        <translation>Registrera om konto {account_id} är ett företagskonto, ett medarbetarrollkonto eller ett personligt konto innan dess inloggning sparas.</translation>
    </message>
    <message>
        <source>Consent to ambassador work is given for a personal profile; this is a {kind} account, which the company uses without anyone&apos;s consent.</source>
        <translation>Samtycke till ambassadörsarbete ges för en personlig profil; detta är ett konto av typen {kind}, som företaget använder utan någons samtycke.</translation>
    </message>
    <message>
        <source>Record that this is a personal account before recording its holder&apos;s consent.</source>
        <translation>Registrera att detta är ett personligt konto innan innehavarens samtycke registreras.</translation>
    </message>
    <message>
        <source>Record whose profile this is (its holder) before recording their consent.</source>
        <translation>Registrera vems profil detta är (innehavaren) innan samtycket registreras.</translation>
    </message>
    <message>
        <source>Consent for this profile is already recorded (given on {day}); withdraw it first to record a new one.</source>
        <translation>Samtycke för denna profil är redan registrerat (givet {day}); återkalla det först för att registrera ett nytt.</translation>
    </message>
    <message>
        <source>“{value}” is not something the company may ask; use: {allowed}.</source>
        <translation>”{value}” är inget företaget får be om; använd: {allowed}.</translation>
    </message>
    <message>
        <source>There is no consent record with id {record_id}.</source>
        <translation type="vanished">Det finns ingen samtyckesregistrering med id {record_id}.</translation>
    </message>
    <message>
        <source>{option} takes NAME=TEXT; “{value}” has no “=”.</source>
        <translation>{option} tar NAMN=TEXT; ”{value}” saknar ”=”.</translation>
    </message>
    <message>
        <source>“{area}” is not an area of the policy; use one of: {allowed}, or add an area of your own with its heading.</source>
        <translation>”{area}” är inte ett område i policyn; använd ett av: {allowed}, eller lägg till ett eget område med rubrik.</translation>
    </message>
    <message>
        <source>Write the policy&apos;s text for at least one area.</source>
        <translation>Skriv policyns text för minst ett område.</translation>
    </message>
    <message>
        <source>No version of the social-media policy is in force yet; record one first.</source>
        <translation>Ingen version av policyn för sociala medier gäller ännu; registrera en först.</translation>
    </message>
    <message>
        <source>There is no version {version} of the social-media policy.</source>
        <translation>Policyn för sociala medier har ingen version {version}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; a list of acknowledgements is one work email and date per line.</source>
        <translation>{file} är större än {limit} MB; en lista över bekräftelser är en jobbmejl och ett datum per rad.</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8; save the list as UTF-8 text or CSV.</source>
        <translation>{file} är inte text i UTF-8; spara listan som UTF-8-text eller CSV.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Kan inte läsa {file}: {reason}.</translation>
    </message>
    <message>
        <source>url;display_name;kind (or platform;handle;…)</source>
        <translation>url;display_name;kind (eller platform;handle;…)</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the import reads from a workbook: at most {limit} MB, and no part more than {ratio} times its packed size. Import it as a CSV file (the export writes CSV too), or split it into smaller files.</source>
        <translation type="vanished">{file} blir {size} MB uppackad, mer än importen läser från en arbetsbok: högst {limit} MB, och ingen del mer än {ratio} gånger sin packade storlek. Importera den som en CSV-fil (exporten skriver även CSV), eller dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the {limit} MB the import reads from a workbook: to import these accounts again, export them as CSV.</source>
        <translation>{file} blir {size} MB uppackad, mer än de {limit} MB som importen läser från en arbetsbok: exportera kontona som CSV för att kunna importera dem igen.</translation>
    </message>
    <message>
        <source>Cells with formulas in {file}: {count}. Each is read as its formula&apos;s text, as typed (such as “=A1+1”), never calculated.</source>
        <translation>Celler med formler i {file}: {count}. Var och en läses som formelns text, som den skrevs (till exempel ”=A1+1”), och beräknas aldrig.</translation>
    </message>
    <message>
        <source>The columns of {file} seem shifted from line {line}: the column “{column}” holds what belongs under “{holds}” in {count} of the {rows} rows from there on. A cell was probably added or left out in those rows; the reasons for each line follow.</source>
        <translation>Kolumnerna i {file} verkar förskjutna från rad {line}: kolumnen ”{column}” innehåller det som hör till ”{holds}” i {count} av de {rows} raderna därifrån. En cell har troligen lagts till eller utelämnats i de raderna; orsakerna för varje rad följer.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example {example}).</source>
        <translation>”{text}” är inte ett datum (t.ex. {example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists (for example {example}).</source>
        <translation>”{text}” är inte ett datum som finns (t.ex. {example}).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year more than 50 years from now; write the year in full (for example {example}).</source>
        <translation>”{text}” har ett tvåsiffrigt årtal som ligger mer än 50 år från i dag; skriv hela årtalet (t.ex. {example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a complete date (for example {example}).</source>
        <translation>”{text}” är inte ett fullständigt datum (t.ex. {example}).</translation>
    </message>
    <message>
        <source>[former employee {id}]</source>
        <translation>[tidigare anställd {id}]</translation>
    </message>
    <message>
        <source>Ambassador consent is its holder&apos;s own record, not a field of the account: record it with “consent give ACCOUNT” and end it with “consent withdraw ACCOUNT”.</source>
        <translation>Samtycke till ambassadörsarbete är innehavarens egen registrering, inte ett fält på kontot: registrera det med ”consent give ACCOUNT” och avsluta det med ”consent withdraw ACCOUNT”.</translation>
    </message>
    <message>
        <source>This person holds or administers no account that is looked after: there is nothing for them to agree to.</source>
        <translation>Personen innehar eller administrerar inget konto som förvaltas: det finns inget att komma överens om.</translation>
    </message>
    <message>
        <source>There is no offboarding for this person; a handover confirmation belongs to one.</source>
        <translation>Det finns inget avslut för personen; en överlämningsbekräftelse hör till ett.</translation>
    </message>
    <message>
        <source>There is no agreement with id {agreement_id}.</source>
        <translation>Det finns ingen överenskommelse med id {agreement_id}.</translation>
    </message>
    <message>
        <source>{account}: handover terms now version {current} (agreed: {covered})</source>
        <translation>{account}: överlämningsvillkoren är nu version {current} (överenskommet: {covered})</translation>
    </message>
    <message>
        <source>{account}: the mandate changed</source>
        <translation>{account}: mandatet har ändrats</translation>
    </message>
    <message>
        <source>{account}: held or administered now, not covered</source>
        <translation>{account}: innehas eller administreras nu, inte omfattat</translation>
    </message>
    <message>
        <source>Name the person and the file: agreement --person EMAIL -o FILE.pdf, or choose an action (record, attach, list, scan).</source>
        <translation>Ange personen och filen: agreement --person EMAIL -o FIL.pdf, eller välj en åtgärd (record, attach, list, scan).</translation>
    </message>
    <message>
        <source>There is no attached scan with id {attachment_id}.</source>
        <translation>Det finns ingen bifogad skanning med id {attachment_id}.</translation>
    </message>
    <message>
        <source>Scan {attachment_id} was removed on {removed_on}, when the person who signed it was anonymised; the agreement&apos;s date and channel are kept.</source>
        <translation>Skanning {attachment_id} togs bort {removed_on}, när personen som undertecknade den anonymiserades; avtalets datum och kanal finns kvar.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; attach a scan of at most {limit} MB.</source>
        <translation>{file} är större än {limit} MB; bifoga en skanning på högst {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is not a PDF, PNG or JPEG file; attach the signed scan in one of those.</source>
        <translation>{file} är inte en PDF-, PNG- eller JPEG-fil; bifoga den undertecknade skanningen i ett av de formaten.</translation>
    </message>
    <message>
        <source>{file} looks like a PDF, PNG or JPEG but is damaged or cut off; scan it again.</source>
        <translation>{file} ser ut som en PDF, PNG eller JPEG men är skadad eller avkortad; skanna den igen.</translation>
    </message>
    <message>
        <source>{file} names nobody: write one work email and date per line.</source>
        <translation>{file} nämner ingen: skriv en jobbmejl och ett datum per rad.</translation>
    </message>
    <message>
        <source>Line {line} has no date: write the work email, then the day it was acknowledged.</source>
        <translation>Rad {line} saknar datum: skriv jobbmejlen och sedan dagen då den bekräftades.</translation>
    </message>
    <message>
        <source>Line {line}: nobody in the registry has the work email {email}.</source>
        <translation>Rad {line}: ingen i registret har jobbmejlen {email}.</translation>
    </message>
    <message>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation>{leaver} är ensam ägare eller administratör för {account}, och ingen efterträdare är vald.</translation>
    </message>
    <message>
        <source>Overdue since {day}: {title}</source>
        <translation>Försenad sedan {day}: {title}</translation>
    </message>
    <message>
        <source>The last working day, {day}, has passed. Items still open: {count}.</source>
        <translation>Den sista arbetsdagen, {day}, har passerat. Öppna punkter: {count}.</translation>
    </message>
    <message>
        <source>The last working day is {day}; business days left: {days}. Items still open: {count}.</source>
        <translation>Den sista arbetsdagen är {day}; arbetsdagar kvar: {days}. Öppna punkter: {count}.</translation>
    </message>
    <message>
        <source>item {number} is open (due {day}, {assignee}): {title}</source>
        <translation>punkt {number} är öppen (frist {day}, {assignee}): {title}</translation>
    </message>
    <message>
        <source>{leaver} is still {role} of {account}</source>
        <translation>{leaver} är fortfarande {role} för {account}</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} ”{name}”</translation>
    </message>
    <message>
        <source>Other {presence} “{name}”</source>
        <translation>{presence} ”{name}” på en annan plattform</translation>
    </message>
    <message>
        <source>“{platform}” is not a known platform: use one of {known}.</source>
        <translation>”{platform}” är ingen känd plattform: använd någon av {known}.</translation>
    </message>
    <message>
        <source>“{presence}” is not a kind of account: use {allowed}.</source>
        <translation>”{presence}” är ingen sorts konto: använd {allowed}.</translation>
    </message>
    <message>
        <source>A {platform} account cannot be a {presence}: choose {allowed}.</source>
        <translation>{platform} har inga konton av typen {presence}: välj {allowed}.</translation>
    </message>
    <message>
        <source>“{address}” is not the address of an account.</source>
        <translation>”{address}” är inte adressen till ett konto.</translation>
    </message>
    <message>
        <source>Nothing was pasted: paste the address of a profile, page, group or channel (for example {example}).</source>
        <translation>Ingenting klistrades in: klistra in adressen till en profil, sida, grupp eller kanal (till exempel {example}).</translation>
    </message>
    <message>
        <source>The pasted text is {length} characters long, more than the {limit} a web address may have here; paste only the address itself.</source>
        <translation>Den inklistrade texten är {length} tecken lång, mer än de {limit} en webbadress får ha här; klistra bara in själva adressen.</translation>
    </message>
    <message>
        <source>“{address}” is longer than {limit} characters once written as a standard web address; paste a shorter address for the same page.</source>
        <translation>”{address}” blir längre än {limit} tecken när den skrivs som en vanlig webbadress; klistra in en kortare adress till samma sida.</translation>
    </message>
    <message>
        <source>“{address}” contains spaces or line breaks, which a web address never has; paste only the address itself.</source>
        <translation>”{address}” innehåller mellanslag eller radbrytningar, som en webbadress aldrig har; klistra bara in själva adressen.</translation>
    </message>
    <message>
        <source>“{address}” contains control characters; copy the address again from your browser&apos;s address bar.</source>
        <translation>”{address}” innehåller styrtecken; kopiera adressen igen från webbläsarens adressfält.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it should start with https:// (for example {example}).</source>
        <translation>”{address}” är ingen webbadress: den ska börja med https:// (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it has no site name after https:// (for example {example}).</source>
        <translation>”{address}” är ingen webbadress: det finns inget webbplatsnamn efter https:// (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: its site name “{host}” may only contain letters, digits, hyphens and dots, and must end in a domain ending such as .com.</source>
        <translation>”{address}” är ingen webbadress: webbplatsnamnet ”{host}” får bara innehålla bokstäver, siffror, bindestreck och punkter och ska sluta med en domänändelse som .se.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: its site name “{host}” has no dot in it (for example {example}).</source>
        <translation>”{address}” är ingen webbadress: webbplatsnamnet ”{host}” saknar punkt (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: the part after the colon in its site name is not a port number.</source>
        <translation>”{address}” är ingen webbadress: delen efter kolonet i webbplatsnamnet är inget portnummer.</translation>
    </message>
    <message>
        <source>“{address}” uses a numeric IP address instead of a site name; paste the address with the site&apos;s name instead.</source>
        <translation>”{address}” använder en numerisk IP-adress i stället för ett webbplatsnamn; klistra in adressen med webbplatsens namn i stället.</translation>
    </message>
    <message>
        <source>“{address}” is not on {platform}: its site name {host} imitates {platform}&apos;s with look-alike letters; copy the address from {platform} itself.</source>
        <translation>”{address}” finns inte på {platform}: webbplatsnamnet {host} härmar {platform} med bokstäver som bara liknar; kopiera adressen direkt från {platform}.</translation>
    </message>
    <message>
        <source>“{address}” has a site name that mixes letters of different alphabets ({host}), a trick used to imitate well-known sites; copy the address again from your browser&apos;s address bar.</source>
        <translation>”{address}” har ett webbplatsnamn som blandar bokstäver från olika alfabet ({host}), ett knep för att härma kända webbplatser; kopiera adressen igen från webbläsarens adressfält.</translation>
    </message>
    <message>
        <source>“{address}” has a user name or a second site name before an @, a trick used to disguise where an address leads; copy the address again from your browser&apos;s address bar.</source>
        <translation>”{address}” har ett användarnamn eller ett annat webbplatsnamn före ett @, ett knep som döljer vart en adress leder; kopiera adressen igen från webbläsarens adressfält.</translation>
    </message>
    <message>
        <source>“{address}” is an e-mail address, not a social-media account; paste the web address of the profile, page, group or channel (a Mastodon address is written @name@server).</source>
        <translation>”{address}” är en e-postadress, inte ett konto i sociala medier; klistra in webbadressen till profilen, sidan, gruppen eller kanalen (en Mastodon-adress skrivs @namn@server).</translation>
    </message>
    <message>
        <source>“{address}” is only a name, which could belong to any platform; paste the full address of the account (for example {example}), or write a Mastodon address as @name@server.</source>
        <translation>”{address}” är bara ett namn, som kan höra till vilken plattform som helst; klistra in kontots fullständiga adress (till exempel {example}), eller skriv en Mastodon-adress som @namn@server.</translation>
    </message>
    <message>
        <source>“{address}” is a short link; open it in your browser and paste the address it shows.</source>
        <translation>”{address}” är en kortlänk; öppna den i din webbläsare och klistra in adressen som visas.</translation>
    </message>
    <message>
        <source>“{address}” is a post, photo, video or share link on {platform}, not an account; paste the address of the profile or page instead (for example {example}).</source>
        <translation>”{address}” är ett inlägg, en bild, en video eller en delningslänk på {platform}, inte ett konto; klistra i stället in adressen till profilen eller sidan (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is a page of search results, not an account; open the result and paste the address of the account.</source>
        <translation>”{address}” är en sida med sökresultat, inte ett konto; öppna resultatet och klistra in kontots adress.</translation>
    </message>
    <message>
        <source>“{address}” is the home page of {platform}, not an account; paste the address of the profile, page, group or channel itself (for example {example}).</source>
        <translation>”{address}” är startsidan för {platform}, inte ett konto; klistra in adressen till själva profilen, sidan, gruppen eller kanalen (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not the address of an account on {platform}; paste the address of the profile, page, group or channel itself (for example {example}).</source>
        <translation>”{address}” är inte adressen till ett konto på {platform}; klistra in adressen till själva profilen, sidan, gruppen eller kanalen (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a valid {platform} address: “{name}” should {rule}.</source>
        <translation>”{address}” är ingen giltig {platform}-adress: ”{name}” ska {rule}.</translation>
    </message>
    <message>
        <source>“{address}” stops before the account&apos;s name after “{head}”; paste the full address (for example {example}).</source>
        <translation>”{address}” slutar före kontots namn efter ”{head}”; klistra in hela adressen (till exempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a valid Mastodon address: it should {rule}.</source>
        <translation>”{address}” är ingen giltig Mastodon-adress: den ska {rule}.</translation>
    </message>
    <message>
        <source>“{address}” names {platform}, not a Mastodon server; paste the {platform} address of the account instead (for example {example}).</source>
        <translation>”{address}” nämner {platform}, inte en Mastodon-server; klistra i stället in kontots {platform}-adress (till exempel {example}).</translation>
    </message>
    <message>
        <source>The {platform} handle is empty: type it, for example “{example}”.</source>
        <translation>{platform}-namnet är tomt: skriv det, till exempel ”{example}”.</translation>
    </message>
    <message>
        <source>“{handle}” is not a valid handle: it must be one word without spaces or invisible characters.</source>
        <translation>”{handle}” är inget giltigt namn: det ska vara ett ord utan mellanslag eller osynliga tecken.</translation>
    </message>
    <message>
        <source>“{handle}” is not a valid {platform} {presence} handle like “{example}”: it should {rule}.</source>
        <translation>”{handle}” är inget giltigt namn för en {platform}-{presence} som ”{example}”: det ska {rule}.</translation>
    </message>
    <message>
        <source>“{handle}” is the address of a {platform} {presence}; register it as {platform} {presence} instead.</source>
        <translation>”{handle}” är adressen till en {platform}-{presence}; registrera den som {platform}-{presence} i stället.</translation>
    </message>
    <message>
        <source>“{handle}” cannot be turned into a {platform} address.</source>
        <translation>”{handle}” kan inte göras om till en {platform}-adress.</translation>
    </message>
    <message>
        <source>This may be {platform} {handle} (account {id}) under another name: it has the same display name, “{display_name}”.</source>
        <translation>Det här kan vara {platform} {handle} (konto {id}) under ett annat namn: det har samma visningsnamn, ”{display_name}”.</translation>
    </message>
    <message>
        <source>This may be {platform} {handle} (account {id}) under another name: its address has the same number, {number}.</source>
        <translation>Det här kan vara {platform} {handle} (konto {id}) under ett annat namn: dess adress har samma nummer, {number}.</translation>
    </message>
    <message>
        <source>Account {id} ({platform} {handle}) would now be {platform} {new_handle}, like account {other_id}: they may be one account registered twice; archive one of them or correct its address.</source>
        <translation>Konto {id} ({platform} {handle}) skulle nu vara {platform} {new_handle} precis som konto {other_id}: de kan vara ett konto som registrerats två gånger; arkivera ett av dem eller rätta dess adress.</translation>
    </message>
    <message>
        <source>This row would update account {id}, {platform} {handle}, but that account&apos;s own address {url} is now recognised as {new_platform} {new_handle}: check which account the row means, and correct that account first.</source>
        <translation>Den här raden skulle uppdatera konto {id}, {platform} {handle}, men kontots egen adress {url} känns nu igen som {new_platform} {new_handle}: kontrollera vilket konto raden avser och rätta det kontot först.</translation>
    </message>
    <message>
        <source>be {low} to {high} letters or digits</source>
        <translation>vara {low} till {high} bokstäver eller siffror</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or underscores</source>
        <translation>vara {low} till {high} bokstäver, siffror eller understreck</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots or underscores</source>
        <translation>vara {low} till {high} bokstäver, siffror, punkter eller understreck</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots, hyphens or underscores</source>
        <translation>vara {low} till {high} bokstäver, siffror, punkter, bindestreck eller understreck</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, hyphens or underscores</source>
        <translation>vara {low} till {high} bokstäver, siffror, bindestreck eller understreck</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or hyphens</source>
        <translation>vara {low} till {high} bokstäver, siffror eller bindestreck</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or dots</source>
        <translation>vara {low} till {high} bokstäver, siffror eller punkter</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or single hyphens, not starting or ending with a hyphen</source>
        <translation>vara {low} till {high} bokstäver, siffror eller enstaka bindestreck, men inte först eller sist</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or underscores, starting with a letter</source>
        <translation>vara {low} till {high} bokstäver, siffror eller understreck och börja med en bokstav</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots, hyphens or underscores, starting with a letter</source>
        <translation>vara {low} till {high} bokstäver, siffror, punkter, bindestreck eller understreck och börja med en bokstav</translation>
    </message>
    <message>
        <source>be up to {high} characters without spaces, slashes, colons or @</source>
        <translation>vara högst {high} tecken utan mellanslag, snedstreck, kolon eller @</translation>
    </message>
    <message>
        <source>be a number of {low} to {high} digits</source>
        <translation>vara ett tal med {low} till {high} siffror</translation>
    </message>
    <message>
        <source>be a phone number with its country code, {low} to {high} digits</source>
        <translation>vara ett telefonnummer med landsnummer, {low} till {high} siffror</translation>
    </message>
    <message>
        <source>be the code from the invitation link, in letters and digits</source>
        <translation>vara koden från inbjudningslänken, med bokstäver och siffror</translation>
    </message>
    <message>
        <source>be a member id: ACoAA followed by letters and digits</source>
        <translation>vara ett medlems-id: ACoAA följt av bokstäver och siffror</translation>
    </message>
    <message>
        <source>be a channel id: UC followed by 22 letters, digits, hyphens or underscores</source>
        <translation>vara ett kanal-id: UC följt av 22 bokstäver, siffror, bindestreck eller understreck</translation>
    </message>
    <message>
        <source>be a domain name such as {example}</source>
        <translation>vara ett domännamn som {example}</translation>
    </message>
    <message>
        <source>be a DID such as did:plc: followed by 24 letters and digits</source>
        <translation>vara ett DID som did:plc: följt av 24 bokstäver och siffror</translation>
    </message>
    <message>
        <source>be a user name and its server joined by @, such as {example}</source>
        <translation>vara ett användarnamn och dess server sammanfogade med @, som {example}</translation>
    </message>
    <message>
        <source>be a place id: ChIJ followed by letters, digits, hyphens or underscores</source>
        <translation>vara ett plats-id: ChIJ följt av bokstäver, siffror, bindestreck eller understreck</translation>
    </message>
    <message>
        <source>{label} “{value}” is already on line {line} of the file; a person can be in it once.</source>
        <translation>{label} ”{value}” finns redan på rad {line} i filen; en person kan bara finnas där en gång.</translation>
    </message>
    <message>
        <source>{label} “{value}” is neither in the registry nor in the file.</source>
        <translation>{label} ”{value}” finns varken i registret eller i filen.</translation>
    </message>
    <message>
        <source>{label}: this person has an open offboarding; change it there, not by an import.</source>
        <translation>{label}: personen har ett öppet avslut; ändra det där, inte genom en import.</translation>
    </message>
    <message>
        <source>{path} is the registry&apos;s own database; choose another file.</source>
        <translation>{path} är registrets egen databas; välj en annan fil.</translation>
    </message>
    <message>
        <source>Other changes on {where} kept getting in the way of this one; nothing was saved. Try again in a moment.</source>
        <translation>Andra ändringar på {where} kom hela tiden i vägen för den här; inget sparades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The login “{login}” is already linked to {name}; a login belongs to one person.</source>
        <translation>Inloggningen ”{login}” är redan kopplad till {name}; en inloggning hör till en person.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the server.</source>
        <translation>Kopieringen avbröts; ingenting kopierades till servern.</translation>
    </message>
    <message>
        <source>accountregistry: warning: {warning}</source>
        <translation>accountregistry: varning: {warning}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>accountregistry: ignored unknown columns: {columns}</source>
        <translation>accountregistry: okända kolumner hoppades över: {columns}</translation>
    </message>
    <message>
        <source>Set up access to {where}: {roles}. Give people a role with “accountregistry access grant LOGIN reader|editor|owner”.</source>
        <translation>Åtkomsten till {where} är konfigurerad: {roles}. Ge personer en roll med ”accountregistry access grant LOGIN reader|editor|owner”.</translation>
    </message>
    <message>
        <source>{login} is now {role} in {where}.</source>
        <translation>{login} är nu {role} i {where}.</translation>
    </message>
    <message>
        <source>{login} is no longer {role} in {where}.</source>
        <translation>{login} är inte längre {role} i {where}.</translation>
    </message>
    <message>
        <source>Saved account {id} (version {version}).</source>
        <translation>Konto {id} har sparats (version {version}).</translation>
    </message>
    <message>
        <source>Registered account {id}: {platform} {presence} {handle} ({url}).</source>
        <translation type="vanished">Konto {id} har registrerats: {platform} {presence} {handle} ({url}).</translation>
    </message>
    <message>
        <source>Registered account {id}: {account} ({url}).</source>
        <translation>Konto {id} har registrerats: {account} ({url}).</translation>
    </message>
    <message>
        <source>Wrote the holder&apos;s agreement for {person} to {path}.</source>
        <translation>Innehavarens avtal för {person} har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s agreement of {day} ({channel}) as agreement {id}.</source>
        <translation>Avtalet med {person} från {day} ({channel}) har registrerats som avtal {id}.</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s handover confirmation of {day} ({channel}) as agreement {id}.</source>
        <translation>Överlämningsbekräftelsen från {person} från {day} ({channel}) har registrerats som avtal {id}.</translation>
    </message>
    <message>
        <source>Kept {name} ({media_type}, {size} bytes) with agreement {agreement} as scan {id}.</source>
        <translation>{name} ({media_type}, {size} byte) har sparats med avtal {agreement} som skanning {id}.</translation>
    </message>
    <message>
        <source>{person} has no recorded agreement.</source>
        <translation>{person} har inget registrerat avtal.</translation>
    </message>
    <message>
        <source>Wrote {name} ({media_type}) to {path}.</source>
        <translation>{name} ({media_type}) har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Recorded consent for {profile}, given on {day}; may be asked: {scope}. The profile is listed for ambassador work.</source>
        <translation>Samtycket för {profile} har registrerats, givet {day}; får tillfrågas om: {scope}. Profilen står på listan för ambassadörsarbete.</translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>inget angivet</translation>
    </message>
    <message>
        <source>Consent for {profile} was already withdrawn on {day}; that withdrawal is kept as first recorded. The profile is {listed}.</source>
        <translation>Samtycket för {profile} var redan återkallat {day}; det återkallandet behålls som det först registrerades. Profilen är {listed}.</translation>
    </message>
    <message>
        <source>Recorded that consent for {profile} is withdrawn on {day}; the profile is {listed}.</source>
        <translation>Det har registrerats att samtycket för {profile} är återkallat {day}; profilen är {listed}.</translation>
    </message>
    <message>
        <source>taken off the ambassador list</source>
        <translation>borttagen från ambassadörslistan</translation>
    </message>
    <message>
        <source>still listed for ambassador work</source>
        <translation>fortfarande på listan för ambassadörsarbete</translation>
    </message>
    <message>
        <source>not listed for ambassador work</source>
        <translation>inte på listan för ambassadörsarbete</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Inget samtycke är registrerat.</translation>
    </message>
    <message>
        <source>Stored the {label} of {account} in the keyring.</source>
        <translation>Sparat i nyckelringen: {label} för {account}.</translation>
    </message>
    <message>
        <source>No login is stored for {account}.</source>
        <translation>Ingen inloggning är sparad för {account}.</translation>
    </message>
    <message>
        <source>No account has a stored login.</source>
        <translation>Inget konto har en sparad inloggning.</translation>
    </message>
    <message>
        <source>Recorded that the login of {account} was rotated by {who} at {when}.</source>
        <translation>Det har registrerats att inloggningen för {account} byttes av {who} {when}.</translation>
    </message>
    <message>
        <source>{label} for {account}, one per line; an empty line ends:</source>
        <translation>{label} för {account}, en per rad; en tom rad avslutar:</translation>
    </message>
    <message>
        <source>Upgraded {where} to schema {revision}; the previous file was copied to {backup}.</source>
        <translation>{where} har uppgraderats till schema {revision}; den tidigare filen kopierades till {backup}.</translation>
    </message>
    <message>
        <source>{where} is at schema {revision} (this version&apos;s newest is {head}).</source>
        <translation>{where} har schema {revision} (den här versionens nyaste är {head}).</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {old} to {revision}. pg_dump is not on the PATH, so no backup was written first; take one with your server&apos;s tools from now on.</source>
        <translation>{where} har uppgraderats från schema {old} till {revision}. pg_dump finns inte i PATH, så ingen säkerhetskopia skrevs först; ta en med serverns egna verktyg framöver.</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {old} to {revision}; pg_dump wrote a backup of the database as it was to {backup}.</source>
        <translation>{where} har uppgraderats från schema {old} till {revision}; pg_dump skrev en säkerhetskopia av databasen som den var till {backup}.</translation>
    </message>
    <message>
        <source>Copied {source} to {target}:</source>
        <translation>{source} har kopierats till {target}:</translation>
    </message>
    <message>
        <source>Backed up {where} to {path}.</source>
        <translation>Säkerhetskopia av {where} har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Filled {where} with the sample organisation {organisation}: {people} people, {accounts} accounts, {roles} administrator roles.</source>
        <translation>{where} har fyllts med exempelorganisationen {organisation}: {people} personer, {accounts} konton, {roles} administratörsroller.</translation>
    </message>
    <message>
        <source>accountregistry: overdue items: {count}.</source>
        <translation>accountregistry: försenade punkter: {count}.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Inget förfaller.</translation>
    </message>
    <message>
        <source>Open items: {count}, overdue: {overdue}.</source>
        <translation>Öppna punkter: {count}, försenade: {overdue}.</translation>
    </message>
    <message>
        <source>Wrote the open items of the offboarding of {leaver} to {path} ({count}).</source>
        <translation>De öppna punkterna i avslutet för {leaver} har skrivits till {path} ({count}).</translation>
    </message>
    <message>
        <source>Checklist for the offboarding of {leaver} (items: {count}; not started):</source>
        <translation>Checklista för avslutet för {leaver} (punkter: {count}; inte påbörjat):</translation>
    </message>
    <message>
        <source>Started offboarding {case} for {leaver}: last working day {day}, {successor}; items: {count}.</source>
        <translation>Avslut {case} för {leaver} har påbörjats: sista arbetsdag {day}, {successor}; punkter: {count}.</translation>
    </message>
    <message>
        <source>Started an internal move {case} for {leaver}: day of the move {day}, {successor}; items: {count}.</source>
        <translation>Intern flytt {case} för {leaver} har påbörjats: flyttdag {day}, {successor}; punkter: {count}.</translation>
    </message>
    <message>
        <source>successor {name}</source>
        <translation>efterträdare {name}</translation>
    </message>
    <message>
        <source>no successor chosen yet</source>
        <translation>ingen efterträdare vald ännu</translation>
    </message>
    <message>
        <source>Wrote the handover confirmation for {person} to {path}.</source>
        <translation>Överlämningsbekräftelsen för {person} har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Offboarding {case} of {leaver} ({status}): last working day {day}, {successor}; {settled} of {count} items settled.</source>
        <translation>Avslut {case} för {leaver} ({status}): sista arbetsdag {day}, {successor}; {settled} av {count} punkter avklarade.</translation>
    </message>
    <message>
        <source>Internal move {case} of {leaver} ({status}): day of the move {day}, {successor}; {settled} of {count} items settled.</source>
        <translation>Intern flytt {case} för {leaver} ({status}): flyttdag {day}, {successor}; {settled} av {count} punkter avklarade.</translation>
    </message>
    <message>
        <source>successor not chosen yet</source>
        <translation>efterträdare inte vald ännu</translation>
    </message>
    <message>
        <source>Blockers:</source>
        <translation>Hinder:</translation>
    </message>
    <message>
        <source>Done: item {id}: {title}</source>
        <translation>Klart: punkt {id}: {title}</translation>
    </message>
    <message>
        <source>Waived: item {id}: {title} (reason: {reason})</source>
        <translation>Undantaget: punkt {id}: {title} (skäl: {reason})</translation>
    </message>
    <message>
        <source>Closed offboarding {case} of {leaver}: every account is settled.</source>
        <translation>Avslut {case} för {leaver} har stängts: alla konton är avklarade.</translation>
    </message>
    <message>
        <source>Cancelled offboarding {case} of {leaver}; it is kept, marked cancelled.</source>
        <translation>Avslut {case} för {leaver} har avbrutits; det behålls, markerat som avbrutet.</translation>
    </message>
    <message>
        <source>Reopened offboarding {case} of {leaver}.</source>
        <translation>Avslut {case} för {leaver} har öppnats igen.</translation>
    </message>
    <message>
        <source>Wrote the checklist of offboarding {case} to {path}.</source>
        <translation>Checklistan för avslut {case} har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Nobody is leaving.</source>
        <translation>Ingen är på väg att sluta.</translation>
    </message>
    <message>
        <source>The registry has no people yet.</source>
        <translation>Registret har inga personer ännu.</translation>
    </message>
    <message>
        <source>People: {count}.</source>
        <translation>Personer: {count}.</translation>
    </message>
    <message>
        <source>Added {name} &lt;{email}&gt; (id {id}).</source>
        <translation>{name} &lt;{email}&gt; har lagts till (id {id}).</translation>
    </message>
    <message>
        <source>Changed {name} &lt;{email}&gt; (version {version}).</source>
        <translation>{name} &lt;{email}&gt; har ändrats (version {version}).</translation>
    </message>
    <message>
        <source>Wrote the people to {path} ({count}).</source>
        <translation>Personerna har skrivits till {path} ({count}).</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {counts}.</source>
        <translation>Provkörning, inget skrivet: {counts}.</translation>
    </message>
    <message>
        <source>accountregistry: nothing was imported: {counts}. Correct the rows above, or use --only-valid-rows.</source>
        <translation>accountregistry: inget importerades: {counts}. Rätta raderna ovan, eller använd --only-valid-rows.</translation>
    </message>
    <message>
        <source>Imported {file}: {added} new, {updated} updated, {unchanged} unchanged{skipped}.</source>
        <translation>{file} har importerats: {added} nya, {updated} uppdaterade, {unchanged} oförändrade{skipped}.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} in error</source>
        <translation>{new} nya, {updated} uppdaterade, {unchanged} oförändrade, {errors} med fel</translation>
    </message>
    <message>
        <source>; rows with errors skipped: {count}</source>
        <translation>; rader med fel överhoppade: {count}</translation>
    </message>
    <message>
        <source>; rows in conflict left out: {count}</source>
        <translation>; rader i konflikt utelämnade: {count}</translation>
    </message>
    <message>
        <source>Anonymised person {id} as {pseudonym}: {removed}.</source>
        <translation>Person {id} har anonymiserats som {pseudonym}: {removed}.</translation>
    </message>
    <message>
        <source>Would anonymise person {id} as {pseudonym}: {removed}.</source>
        <translation>Person {id} skulle anonymiseras som {pseudonym}: {removed}.</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: {count} to anonymise.</source>
        <translation>Provkörning, inget ändrat: {count} att anonymisera.</translation>
    </message>
    <message>
        <source>Kept the notes that name them as they were.</source>
        <translation>Anteckningarna som nämner dem har behållits som de var.</translation>
    </message>
    <message>
        <source>In the notes that name them, their name and email are now the pseudonym.</source>
        <translation>I anteckningarna som nämner dem är deras namn och e-post nu pseudonymen.</translation>
    </message>
    <message>
        <source>Anonymised {count}; this cannot be undone.</source>
        <translation>Anonymiserade: {count}; det kan inte ångras.</translation>
    </message>
    <message>
        <source>Nobody is due for anonymisation.</source>
        <translation>Ingen ska anonymiseras ännu.</translation>
    </message>
    <message>
        <source>Wrote what is held about {person} to {path}.</source>
        <translation>Det som finns registrerat om {person} har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} items held about person {id} to {path}.</source>
        <translation>{count} uppgifter om person {id} har skrivits till {path}.</translation>
    </message>
    <message>
        <source>Recorded version {version} of the social-media policy, effective {day}, approved by {approver}.</source>
        <translation>Version {version} av policyn för sociala medier har registrerats, gällande från {day}, godkänd av {approver}.</translation>
    </message>
    <message>
        <source>No version of the social-media policy is recorded.</source>
        <translation>Ingen version av policyn för sociala medier är registrerad.</translation>
    </message>
    <message>
        <source>Social-media policy, version {version}, effective {day}, approved by {approver}</source>
        <translation>Policy för sociala medier, version {version}, gällande från {day}, godkänd av {approver}</translation>
    </message>
    <message>
        <source>Acknowledged by {count}:</source>
        <translation>Kvitterad av {count}:</translation>
    </message>
    <message>
        <source>Wrote the social-media policy to {path}.</source>
        <translation>Policyn för sociala medier har skrivits till {path}.</translation>
    </message>
    <message>
        <source>{person} had acknowledged version {version} already; nothing changed.</source>
        <translation>{person} hade redan kvitterat version {version}; inget har ändrats.</translation>
    </message>
    <message>
        <source>Recorded that {person} acknowledged version {version} on {day}.</source>
        <translation>Det har registrerats att {person} kvitterade version {version} {day}.</translation>
    </message>
    <message>
        <source>Recorded {recorded} acknowledgements of version {version}; {already} had acknowledged it already.</source>
        <translation>{recorded} kvitteringar för version {version} har registrerats; {already} hade redan kvitterat.</translation>
    </message>
    <message>
        <source>Wrote the accounts to {path} ({count}).</source>
        <translation>Kontona har skrivits till {path} ({count}).</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}; {people} new people.</source>
        <translation>Provkörning, inget skrivet: {summary}; {people} nya personer.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} errors</source>
        <translation>{new} nya, {updated} uppdaterade, {unchanged} oförändrade, {errors} fel</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} errors, {conflicts} conflicts</source>
        <translation>{new} nya, {updated} uppdaterade, {unchanged} oförändrade, {errors} fel, {conflicts} konflikter</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged, {errors} errors{skipped}; {people} people added, {roles} roles granted, {terms} handover terms recorded.</source>
        <translation>{file} har importerats: {created} nya, {updated} uppdaterade, {unchanged} oförändrade, {errors} fel{skipped}; {people} personer tillagda, {roles} roller tilldelade, {terms} överlämningsvillkor registrerade.</translation>
    </message>
    <message>
        <source>accountregistry: note: the “Private login” risk is off until the company&apos;s email domains are set (accountregistry settings set --domains acme.dk).</source>
        <translation>accountregistry: obs: risken ”Privat inloggning” är avstängd tills företagets e-postdomäner är angivna (accountregistry settings set --domains acme.dk).</translation>
    </message>
    <message>
        <source>accountregistry: risks of {severity} severity or worse: {risks}, on accounts: {accounts}.</source>
        <translation>accountregistry: risker av allvarlighet {severity} eller värre: {risks}, på konton: {accounts}.</translation>
    </message>
    <message>
        <source>No account is at risk.</source>
        <translation>Inget konto är i riskzonen.</translation>
    </message>
    <message>
        <source>Risks: {risks}, on accounts: {accounts}.</source>
        <translation>Risker: {risks}, på konton: {accounts}.</translation>
    </message>
    <message>
        <source>Wrote a checklist of the accounts due for review to {path} (accounts: {count}, groups: {groups}).</source>
        <translation>En checklista över konton som ska granskas har skrivits till {path} (konton: {count}, grupper: {groups}).</translation>
    </message>
    <message>
        <source>No account is due for review.</source>
        <translation>Inget konto ska granskas.</translation>
    </message>
    <message>
        <source>Accounts due for review: {count}.</source>
        <translation>Konton som ska granskas: {count}.</translation>
    </message>
    <message>
        <source>Marked {platform} {handle} (id {id}) reviewed; next review due {day}.</source>
        <translation>{platform} {handle} (id {id}) har markerats som granskat; nästa granskning {day}.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings already were so.</source>
        <translation>Inget har ändrats: inställningarna var redan så.</translation>
    </message>
    <message>
        <source>Note: with no email domains the “Private login” risk is off; set them with “accountregistry settings set --domains acme.dk”.</source>
        <translation>Obs: utan e-postdomäner är risken ”Privat inloggning” avstängd; ange dem med ”accountregistry settings set --domains acme.dk”.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>förfaller</translation>
    </message>
    <message>
        <source>OVERDUE {days}d</source>
        <translation>FÖRSENAD {days} d</translation>
    </message>
    <message>
        <source>{id} {when} {day}  {assignee}: {title} ({account}; offboarding of {leaver}, last day {last_day})</source>
        <translation>{id} {when} {day}  {assignee}: {title} ({account}; avslut för {leaver}, sista dag {last_day})</translation>
    </message>
    <message>
        <source>  {id} {status} due {day} ({offset})  {assignee}: {marker}{title}{moved}</source>
        <translation>  {id} {status} förfaller {day} ({offset})  {assignee}: {marker}{title}{moved}</translation>
    </message>
    <message>
        <source>  due {day} ({offset})  {assignee}: {marker}{title}{moved}</source>
        <translation>  förfaller {day} ({offset})  {assignee}: {marker}{title}{moved}</translation>
    </message>
    <message>
        <source>(handover) </source>
        <translation>(överlämning) </translation>
    </message>
    <message>
        <source> [moved for {closures}]</source>
        <translation> [flyttad på grund av {closures}]</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>stängningsdag</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>  {id}  due {day}  last {last}  {platform} {handle}</source>
        <translation>  {id}  förfaller {day}  senast {last}  {platform} {handle}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;  {status}{last_day}  {department}</source>
        <translation>{name} &lt;{email}&gt;  {status}{last_day}  {department}</translation>
    </message>
    <message>
        <source>, last day {day}</source>
        <translation>, sista dag {day}</translation>
    </message>
    <message>
        <source>line {line}: {column}: {problem}</source>
        <translation>rad {line}: {column}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>rad {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: update {row}: {changes}</source>
        <translation>rad {line}: uppdaterar {row}: {changes}</translation>
    </message>
    <message>
        <source>  {name} &lt;{email}&gt; on {day}</source>
        <translation>  {name} &lt;{email}&gt; den {day}</translation>
    </message>
    <message>
        <source>name “{value}”</source>
        <translation>namn ”{value}”</translation>
    </message>
    <message>
        <source>email “{value}”</source>
        <translation>e-post ”{value}”</translation>
    </message>
    <message>
        <source>title “{value}”</source>
        <translation>befattning ”{value}”</translation>
    </message>
    <message>
        <source>personal account {account}</source>
        <translation>personligt konto {account}</translation>
    </message>
    <message>
        <source>signed scan {id} “{name}” ({kind} of {day})</source>
        <translation>undertecknad skanning {id} ”{name}” ({kind} från {day})</translation>
    </message>
    <message>
        <source>  names them: {where}, {label}: “{text}”</source>
        <translation>  nämner dem: {where}, {label}: ”{text}”</translation>
    </message>
    <message>
        <source>{record} {id}</source>
        <translation>{record} {id}</translation>
    </message>
    <message>
        <source>{record} {id} ({account})</source>
        <translation>{record} {id} ({account})</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>åtgärden är inte tillåten</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten är förbrukad</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>den finns redan</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>en del av sökvägen är inte en mapp</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disken kunde inte läsas eller skrivas</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>den används</translation>
    </message>
    <message>
        <source>The database server {where} does not answer; check its address and that it is running, then try again.</source>
        <translation>Databasservern {where} svarar inte; kontrollera adressen och att den är igång, och försök sedan igen.</translation>
    </message>
    <message>
        <source>{who} changed this {record} at {when}; reload to see the change, then make yours again.</source>
        <translation>{who} ändrade {record} {when}; läs in igen för att se ändringen och gör sedan din igen.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the {limit} MB the import reads from a workbook. Import it as a CSV file (the export writes CSV too), or split it into smaller files.</source>
        <translation>{file} blir {size} MB uppackad, mer än de {limit} MB som importen läser från en arbetsbok. Importera den som en CSV-fil (exporten skriver även CSV), eller dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>{file} has a part that would unpack to more than {ratio} times its packed size, which no spreadsheet program writes: it is not read.</source>
        <translation>{file} har en del som uppackad skulle bli mer än {ratio} gånger sin packade storlek, vilket inget kalkylprogram skriver: den läses inte.</translation>
    </message>
    <message>
        <source>The server {where} refused the login “{user}”: the password is wrong or missing.</source>
        <translation>Servern {where} avvisade inloggningen ”{user}”: lösenordet är fel eller saknas.</translation>
    </message>
    <message>
        <source>The server {where} does not let the login “{user}” connect from this computer; ask its administrator.</source>
        <translation>Servern {where} låter inte inloggningen ”{user}” ansluta från den här datorn; fråga dess administratör.</translation>
    </message>
    <message>
        <source>The server {where} accepts only encrypted connections; choose a TLS mode that encrypts (for example “require”).</source>
        <translation>Servern {where} tar bara emot krypterade anslutningar; välj ett TLS-läge som krypterar (till exempel ”require”).</translation>
    </message>
    <message>
        <source>The server {where} offers no encrypted connections, but this connection requires one; ask its administrator, or choose another TLS mode.</source>
        <translation>Servern {where} erbjuder inga krypterade anslutningar, men den här anslutningen kräver det; fråga dess administratör eller välj ett annat TLS-läge.</translation>
    </message>
    <message>
        <source>The server has no database “{database}”; check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Servern har ingen databas ”{database}”; kontrollera namnet eller be serverns administratör att skapa den.</translation>
    </message>
    <message>
        <source>The login “{user}” may not do this in {where}; ask the registry&apos;s owner for the access you need.</source>
        <translation>Inloggningen ”{user}” får inte göra detta i {where}; be registrets ägare om den behörighet du behöver.</translation>
    </message>
    <message>
        <source>The server {where} refused the connection; check the address, the login and the TLS mode, or ask the server&apos;s administrator.</source>
        <translation>Servern {where} avvisade anslutningen; kontrollera adressen, inloggningen och TLS-läget, eller fråga serverns administratör.</translation>
    </message>
    <message>
        <source>The server {where} has no free connections right now; try again in a moment.</source>
        <translation>Servern {where} har inga lediga anslutningar just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <source>Others are saving changes to {where} and it took too long; try again in a moment. Nothing was saved.</source>
        <translation>Andra sparar ändringar i {where} och det tog för lång tid; försök igen om en stund. Inget sparades.</translation>
    </message>
    <message>
        <source>The server {where} runs PostgreSQL {version}; Account Registry needs {minimum} or newer.</source>
        <translation>Servern {where} kör PostgreSQL {version}; Account Registry kräver {minimum} eller senare.</translation>
    </message>
    <message>
        <source>{where} holds another program&apos;s tables, not an Account Registry; nothing was changed.</source>
        <translation>{where} innehåller ett annat programs tabeller, inte ett Account Registry; inget ändrades.</translation>
    </message>
    <message>
        <source>{where} holds no registry yet; create one there with “accountregistry migrate”. Nothing was changed.</source>
        <translation>{where} innehåller inget register ännu; skapa ett där med ”accountregistry migrate”. Inget ändrades.</translation>
    </message>
    <message>
        <source>{where} has an older schema ({revision}) than this version of Account Registry ({head}); ask the database&apos;s owner to run “accountregistry migrate”. Nothing was changed.</source>
        <translation>{where} har ett äldre schema ({revision}) än den här versionen av Account Registry ({head}); be databasens ägare att köra ”accountregistry migrate”. Inget ändrades.</translation>
    </message>
    <message>
        <source>Only the registry&apos;s owner may upgrade {where}; ask them to run “accountregistry migrate”. Nothing was changed.</source>
        <translation>Bara registrets ägare får uppgradera {where}; be ägaren att köra ”accountregistry migrate”. Inget ändrades.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {where}, so its schema was not upgraded: {detail}</source>
        <translation>pg_dump kunde inte säkerhetskopiera {where}, så schemat uppgraderades inte: {detail}</translation>
    </message>
    <message>
        <source>“copy” moves a registry from a file on this computer to a shared server: give the file with --db and the server with --to (not {source} to {target}).</source>
        <translation>”copy” flyttar ett register från en fil på den här datorn till en delad server: ange filen med --db och servern med --to (inte {source} till {target}).</translation>
    </message>
    <message>
        <source>{target} already holds data ({rows} rows in {table}); copy only into an empty database. Nothing was copied.</source>
        <translation>{target} innehåller redan data ({rows} rader i {table}); kopiera bara till en tom databas. Inget kopierades.</translation>
    </message>
    <message>
        <source>{where} is a file on this computer: its file permissions decide who may use it. Access roles exist on a shared server only.</source>
        <translation>{where} är en fil på den här datorn: filens behörigheter avgör vem som får använda den. Åtkomstroller finns bara på en delad server.</translation>
    </message>
    <message>
        <source>{where} has no access roles yet; its owner runs “accountregistry access setup” first.</source>
        <translation>{where} har inga åtkomstroller ännu; ägaren kör först ”accountregistry access setup”.</translation>
    </message>
    <message>
        <source>The server has no login “{login}”; ask its administrator to create it first.</source>
        <translation>Servern har ingen inloggning ”{login}”; be dess administratör att skapa den först.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a day of the year (for example 24.12 or 24 December for every year, 2027-05-07 for one year only).</source>
        <translation>{label}: ”{value}” är inte en dag på året (till exempel 24.12 eller 24 december varje år, 2027-05-07 bara det året).</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Undantagen</translation>
    </message>
    <message>
        <source>{settled} of {total} settled</source>
        <translation>{settled} av {total} avklarade</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>stängd dag</translation>
    </message>
    <message>
        <source>{name} ({day})</source>
        <translation>{name} ({day})</translation>
    </message>
    <message>
        <source>{day} (moved)</source>
        <translation>{day} (flyttad)</translation>
    </message>
    <message>
        <source>Moved for {days}: due dates skip public holidays and closing days.</source>
        <translation>Flyttad på grund av {days}: förfallodagar hoppar över helgdagar och stängda dagar.</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation type="vanished">{platform}-{presence} ”{name}”</translation>
    </message>
    <message>
        <source>{title} ({account}): due {day}, {assignee}</source>
        <translation>{title} ({account}): senast {day}, {assignee}</translation>
    </message>
    <message>
        <source>{title}: due {day}, {assignee}</source>
        <translation>{title}: senast {day}, {assignee}</translation>
    </message>
    <message>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation type="vanished">{leaver} är ensam ägare eller administratör för {account}, och ingen efterträdare är vald.</translation>
    </message>
    <message>
        <source>Overdue since {day}: {title}</source>
        <translation>Försenad sedan {day}: {title}</translation>
    </message>
    <message>
        <source>The last working day, {day}, has passed.</source>
        <translation>Sista arbetsdagen, {day}, har passerat.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is today.</source>
        <translation>Sista arbetsdagen, {day}, är i dag.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is in 1 business day.</source>
        <translation>Sista arbetsdagen, {day}, är om 1 arbetsdag.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is in {days} business days.</source>
        <translation>Sista arbetsdagen, {day}, är om {days} arbetsdagar.</translation>
    </message>
    <message>
        <source>1 item is still open.</source>
        <translation>1 punkt är fortfarande öppen.</translation>
    </message>
    <message>
        <source>{count} items are still open.</source>
        <translation>{count} punkter är fortfarande öppna.</translation>
    </message>
    <message>
        <source>{when} {still}</source>
        <translation>{when} {still}</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Avgående</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>{name} (internal move)</source>
        <translation>{name} (intern flytt)</translation>
    </message>
    <message>
        <source>{progress}, {count} overdue</source>
        <translation>{progress}, {count} försenade</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>När punkten bockas av lämnas rollerna som den som slutar har på kontot över till efterträdaren.</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Öppen, försenad</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Undantagen: {reason}</translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation>{status} av {who} {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Skäl: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
</context>
<context>
    <name>OffboardingView</name>
    <message>
        <source>&amp;Start offboarding…</source>
        <translation>Starta a&amp;vslut…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
        <translation>Starta ett avslut för någon som slutar (Ctrl+N)</translation>
    </message>
    <message>
        <source>Offboardings</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <source>Change las&amp;t day…</source>
        <translation>Ändra sista &amp;dagen…</translation>
    </message>
    <message>
        <source>Change the last working day</source>
        <translation>Ändra sista arbetsdagen</translation>
    </message>
    <message>
        <source>Not chosen yet: type a name or email</source>
        <translation>Inte vald än: skriv ett namn eller en e-postadress</translation>
    </message>
    <message>
        <source>Set s&amp;uccessor</source>
        <translation>An&amp;ge efterträdare</translation>
    </message>
    <message>
        <source>Set successor</source>
        <translation>Ange efterträdare</translation>
    </message>
    <message>
        <source>Open items for the successor follow the new choice; an empty field clears it.</source>
        <translation>Öppna punkter för efterträdaren följer det nya valet; ett tomt fält tar bort efterträdaren.</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>Sista arbetsdag:</translation>
    </message>
    <message>
        <source>Succ&amp;essor:</source>
        <translation>&amp;Efterträdare:</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Efterträdare</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <source>Why the offboarding cannot be closed</source>
        <translation>Varför avslutet inte kan stängas</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Tilldelat &amp;mig</translation>
    </message>
    <message>
        <source>Only items assigned to me</source>
        <translation>Bara punkter som är tilldelade mig</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Checklista</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Space ticks the current item done, or reopens a settled one.</source>
        <translation>Blanksteg bockar av den aktuella punkten som klar eller öppnar en avklarad punkt igen.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Tick the current item done (Space in the checklist)</source>
        <translation>Bocka av den aktuella punkten som klar (Blanksteg i checklistan)</translation>
    </message>
    <message>
        <source>Done with &amp;note…</source>
        <translation>Klar med a&amp;nteckning…</translation>
    </message>
    <message>
        <source>Done with a note</source>
        <translation>Klar med en anteckning</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Undanta…</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Undanta</translation>
    </message>
    <message>
        <source>Settle the item without doing it; a reason is required</source>
        <translation>Avklara punkten utan att utföra den; ett skäl krävs</translation>
    </message>
    <message>
        <source>Re&amp;open item…</source>
        <translation>Öppna &amp;punkt igen…</translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation>Öppna punkt igen</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Stäng ärende</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Stäng ärende</translation>
    </message>
    <message>
        <source>Close the offboarding once every item is settled and the leaver holds no role</source>
        <translation>Stäng avslutet när alla punkter är avklarade och den som slutar inte har någon roll</translation>
    </message>
    <message>
        <source>&amp;Reopen case…</source>
        <translation>Öppna ärende &amp;igen…</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Öppna ärende igen</translation>
    </message>
    <message>
        <source>Cancel c&amp;ase…</source>
        <translation>Avbr&amp;yt ärende…</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Avbryt ärende</translation>
    </message>
    <message>
        <source>The person stays after all; the case is kept, marked cancelled</source>
        <translation>Personen stannar ändå; ärendet sparas, markerat som avbrutet</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <source>Calendar f&amp;ile…</source>
        <translation>Kalender&amp;fil…</translation>
    </message>
    <message>
        <source>Save the open items as an iCalendar file (.ics), one all-day event each; saved again, a calendar updates them instead of adding them twice</source>
        <translation>Spara de öppna punkterna som en iCalendar-fil (.ics), en heldagshändelse för varje; sparade igen uppdaterar en kalender dem i stället för att lägga till dem två gånger</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv u&amp;t…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Spara s&amp;om PDF…</translation>
    </message>
    <message>
        <source>Handover confirmation…</source>
        <translation>Överlämnings&amp;bekräftelse…</translation>
    </message>
    <message>
        <source>Handover confirmation</source>
        <translation>Överlämningsbekräftelse</translation>
    </message>
    <message>
        <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
        <translation>En PDF med alla konton och deras utfall, för den som slutar och företaget att skriva under</translation>
    </message>
    <message>
        <source>Record si&amp;gned confirmation…</source>
        <translation>Registrera undertecknad bekräfte&amp;lse…</translation>
    </message>
    <message>
        <source>Record signed confirmation</source>
        <translation>Registrera undertecknad bekräftelse</translation>
    </message>
    <message>
        <source>Record who signed the handover confirmation, when and how, with a signed scan if there is one</source>
        <translation>Registrera vem som undertecknade överlämningsbekräftelsen, när och hur, med en undertecknad skanning om det finns en</translation>
    </message>
    <message>
        <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
        <translation>Välj ett avslut i listan, eller starta ett för någon som slutar. Checklistan skapas utifrån de konton personen innehar och administrerar.</translation>
    </message>
    <message>
        <source>An internal move: {name} stays, in another department or role; their accounts are handed over by the day of the move, and they are not recorded as leaving.</source>
        <translation>En intern flytt: {name} stannar, på en annan avdelning eller i en annan roll; kontona lämnas över senast dagen för flytten, och personen registreras inte som på väg att sluta.</translation>
    </message>
    <message>
        <source>Day of the move:</source>
        <translation>Dag för flytten:</translation>
    </message>
    <message>
        <source>Confirmation signed on {day} by {who} ({channel}).</source>
        <translation>Bekräftelsen undertecknad {day} av {who} ({channel}).</translation>
    </message>
    <message>
        <source>Signed scan: {names}.</source>
        <translation>Undertecknad skanning: {names}.</translation>
    </message>
    <message>
        <source>Signed scan: removed on anonymisation.</source>
        <translation>Undertecknad skanning: borttagen vid anonymisering.</translation>
    </message>
    <message>
        <source>Recorded the signed handover confirmation.</source>
        <translation>Den undertecknade överlämningsbekräftelsen är registrerad.</translation>
    </message>
    <message>
        <source>Internal move of {person}</source>
        <translation>Intern flytt av {person}</translation>
    </message>
    <message>
        <source>Offboarding of {leaver}</source>
        <translation>Avslut för {leaver}</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}. {progress}.</source>
        <translation>Stängt {when} av {who}. {progress}.</translation>
    </message>
    <message>
        <source>Handover conf&amp;irmation…</source>
        <translation type="vanished">Överlämnings&amp;bekräftelse…</translation>
    </message>
    <message>
        <source>Cancelled: {reason}. Reopen it to work on it again.</source>
        <translation>Avbrutet: {reason}. Öppna ärendet igen för att arbeta vidare med det.</translation>
    </message>
    <message>
        <source>Open: {progress}.</source>
        <translation>Öppet: {progress}.</translation>
    </message>
    <message>
        <source>Reopened: {reason}.</source>
        <translation>Öppnat igen: {reason}.</translation>
    </message>
    <message>
        <source>What stands in the way ({count})</source>
        <translation>Hinder ({count})</translation>
    </message>
    <message>
        <source>Items assigned to {name}, {department}: you are recorded as {actor}.</source>
        <translation>Punkter som är tilldelade {name}, {department}: du är registrerad som {actor}.</translation>
    </message>
    <message>
        <source>Items assigned to {name}: you are recorded as {actor}.</source>
        <translation>Punkter som är tilldelade {name}: du är registrerad som {actor}.</translation>
    </message>
    <message>
        <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
        <translation>Ingen i registret matchar {actor}, namnet du är registrerad under; bara punkter som är tilldelade en funktion som heter {actor} är dina.</translation>
    </message>
    <message>
        <source>No item of this offboarding is assigned to you.</source>
        <translation>Inga punkter i det här avslutet är tilldelade dig.</translation>
    </message>
    <message>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>När punkten bockas av lämnas rollerna som den som slutar har på kontot över till efterträdaren.</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Klar: {title}</translation>
    </message>
    <message>
        <source>Done, with a note</source>
        <translation>Klar, med en anteckning</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Waive item</source>
        <translation>Undanta punkt</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Undanta</translation>
    </message>
    <message>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv varför punkten undantas; en undantagen punkt kräver ett skäl.</translation>
    </message>
    <message>
        <source>Waived: {title}</source>
        <translation>Undantagen: {title}</translation>
    </message>
    <message>
        <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
        <translation>Roller som överlämningen flyttade stannar där de är; flytta tillbaka dem på kontot vid behov.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Skäl (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>Öppnad igen: {title}</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
    </message>
    <message>
        <source>No successor is chosen now; open items name “the successor” until one is.</source>
        <translation>Ingen efterträdare är vald nu; öppna punkter nämner ”efterträdaren” tills någon är vald.</translation>
    </message>
    <message>
        <source>The successor is set; open items for the successor follow.</source>
        <translation>Efterträdaren är angiven; öppna punkter för efterträdaren följer med.</translation>
    </message>
    <message>
        <source>The last working day is changed; open items moved with it.</source>
        <translation>Sista arbetsdagen är ändrad; öppna punkter har flyttats med.</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} is closed.</source>
        <translation>Avslutet för {leaver} är stängt.</translation>
    </message>
    <message>
        <source>The offboarding cannot be closed yet: {count} things remain.</source>
        <translation>Avslutet kan inte stängas än: {count} saker återstår.</translation>
    </message>
    <message>
        <source>The offboarding cannot be closed yet: 1 thing remains.</source>
        <translation>Avslutet kan inte stängas än: 1 sak återstår.</translation>
    </message>
    <message>
        <source>Reopen the offboarding</source>
        <translation>Öppna avslutet igen</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
        <translation>Avslutet för {leaver} öppnas igen, och personen registreras som att hen slutar.</translation>
    </message>
    <message>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv varför du öppnar avslutet igen; ett skäl krävs.</translation>
    </message>
    <message>
        <source>The offboarding is open again.</source>
        <translation>Avslutet är öppet igen.</translation>
    </message>
    <message>
        <source>Cancel the offboarding</source>
        <translation>Avbryt avslutet</translation>
    </message>
    <message>
        <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
        <translation>Avbryt om {leaver} ändå stannar. Avslutet sparas, markerat som avbrutet, och {leaver} registreras som anställd igen.</translation>
    </message>
    <message>
        <source>Cancel the &amp;offboarding</source>
        <translation>Avbryt a&amp;vslutet</translation>
    </message>
    <message>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv varför du avbryter avslutet; ett skäl krävs.</translation>
    </message>
    <message>
        <source>The offboarding is cancelled.</source>
        <translation>Avslutet är avbrutet.</translation>
    </message>
    <message>
        <source>The offboarding is started; the person is recorded as leaving.</source>
        <translation>Avslutet är påbörjat; personen är registrerad som att hen slutar.</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Skriv ut checklistan</translation>
    </message>
    <message>
        <source>Export the checklist as CSV</source>
        <translation>Exportera checklistan som CSV</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save the open items as a calendar</source>
        <translation>Spara de öppna punkterna som kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-filer (*.ics);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The open items are saved as a calendar in {path}.</source>
        <translation>De öppna punkterna är sparade som kalender i {path}.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>The checklist is exported to {path}.</source>
        <translation>Checklistan är exporterad till {path}.</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Spara checklistan som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Handover confirmation: {leaver}</source>
        <translation>Överlämningsbekräftelse: {leaver}</translation>
    </message>
    <message>
        <source>Save the handover confirmation as PDF</source>
        <translation>Spara överlämningsbekräftelsen som PDF</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message>
        <source>The checklist is sent to the printer.</source>
        <translation>Checklistan har skickats till skrivaren.</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>None (Monday to Friday only)</source>
        <translation>Inget (bara måndag till fredag)</translation>
    </message>
</context>
<context>
    <name>OrganisationSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationsinställningar</translation>
    </message>
    <message>
        <source>e.g. Nordlys Rejser A/S</source>
        <translation>t.ex. Nordlys Resor AB</translation>
    </message>
    <message>
        <source>e.g. nordlys.dk, nordlys.se</source>
        <translation>t.ex. nordlys.se, nordlys.dk</translation>
    </message>
    <message>
        <source>e.g. 24.12, 31.12</source>
        <translation>t.ex. 24.12, 31.12</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Company email &amp;domains</source>
        <translation>Företagets e-post&amp;domäner</translation>
    </message>
    <message>
        <source>Comma-separated. Company accounts that log in with an address outside these domains are flagged as “Private login”.</source>
        <translation>Kommaseparerade. Företagskonton som loggar in med en adress utanför dessa domäner flaggas som ”Privat inloggning”.</translation>
    </message>
    <message>
        <source>Default &amp;review interval (months)</source>
        <translation>Standardintervall för &amp;granskning (månader)</translation>
    </message>
    <message>
        <source>Public &amp;holidays of</source>
        <translation>&amp;Helgdagar i</translation>
    </message>
    <message>
        <source>&amp;Closing days</source>
        <translation>&amp;Stängda dagar</translation>
    </message>
    <message>
        <source>Days the company is closed besides public holidays: 24.12 every year, 2027-05-07 that year only. Due dates skip them.</source>
        <translation>Dagar då företaget har stängt utöver helgdagar: 24.12 varje år, 2027-05-07 bara det året. Förfallodagar hoppar över dem.</translation>
    </message>
    <message>
        <source>Re&amp;tention period (months)</source>
        <translation>&amp;Lagringstid (månader)</translation>
    </message>
    <message>
        <source>Months after a person&apos;s last working day. Then they are due for anonymisation (People → Privacy): their name becomes a pseudonym, their email and title are erased.</source>
        <translation>Månader efter en persons sista arbetsdag. Därefter ska personen anonymiseras (Personer → Integritet): namnet blir en pseudonym, e-post och titel raderas.</translation>
    </message>
</context>
<context>
    <name>OrganisationStep</name>
    <message>
        <source>e.g. Nordlys Rejser A/S</source>
        <translation>t.ex. Nordlys Resor AB</translation>
    </message>
    <message>
        <source>e.g. nordlys.dk, nordlys.se</source>
        <translation>t.ex. nordlys.se, nordlys.dk</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>Organisationens &amp;namn</translation>
    </message>
    <message>
        <source>Company email &amp;domains</source>
        <translation>Företagets e-post&amp;domäner</translation>
    </message>
    <message>
        <source>Public &amp;holidays of</source>
        <translation>&amp;Helgdagar i</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Spara organisationen</translation>
    </message>
    <message>
        <source>Saved. Change it any time under File → Organisation settings…</source>
        <translation>Sparat. Du kan alltid ändra det under Arkiv → Organisationsinställningar…</translation>
    </message>
</context>
<context>
    <name>OverdueItemsDialog</name>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagar försenad</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den som slutar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Overdue checklist items</source>
        <translation>Försenade checklistpunkter</translation>
    </message>
    <message>
        <source>Open an item to show it in its offboarding.</source>
        <translation>Öppna en punkt för att se den i dess avslut.</translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <source>Show overdue items</source>
        <translation>Visa försenade punkter</translation>
    </message>
    <message>
        <source>1 offboarding checklist item is overdue.</source>
        <translation>1 punkt på en checklista för avslut är försenad.</translation>
    </message>
    <message>
        <source>{count} offboarding checklist items are overdue.</source>
        <translation>{count} punkter på checklistor för avslut är försenade.</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Accounts held</source>
        <translation>Konton som innehavare</translation>
    </message>
    <message>
        <source>Active roles</source>
        <translation>Aktiva roller</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter by name, email, department or title</source>
        <translation>Filtrera på namn, e-post, avdelning eller titel</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrera personer</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Anställningsstatus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Redigera person…</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>Start &amp;offboarding…</source>
        <translation>Starta a&amp;vslut…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
        <translation>Starta ett avslut för den valda personen: sista arbetsdag, en efterträdare och checklistan för personens konton</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;k…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>What is recorded about the selected person, newest first: changes, agreements with their signed scans, policy acknowledgements and consent</source>
        <translation>Vad som är registrerat om den valda personen, nyast först: ändringar, överenskommelser med deras undertecknade skanningar, bekräftelser av policyn och samtycke</translation>
    </message>
    <message>
        <source>I&amp;mport from HR…</source>
        <translation>I&amp;mportera från HR…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importera personer från HR</translation>
    </message>
    <message>
        <source>Add and update people from an HR system&apos;s file, with a preview before anything is written; nobody is deleted</source>
        <translation>Lägg till och uppdatera personer från en fil från HR-systemet, med en förhandsgranskning innan något skrivs; ingen tas bort</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Integritet</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Exportera den här personens uppgifter…</translation>
    </message>
    <message>
        <source>Everything the registry holds about the selected person, as a PDF or JSON file (an access request)</source>
        <translation>Allt registret har om den valda personen, som PDF- eller JSON-fil (ett registerutdrag)</translation>
    </message>
    <message>
        <source>Anonymise this person…</source>
        <translation>Anonymisera den här personen…</translation>
    </message>
    <message>
        <source>People due for anonymisation…</source>
        <translation>Personer som ska anonymiseras…</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filtrera</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accounts held</source>
        <translation>Konton som innehavare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tilldelad</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Roles, active and past</source>
        <translation>Roller, aktiva och tidigare</translation>
    </message>
    <message>
        <source>Accounts held by {name} ({count})</source>
        <translation>Konton med {name} som innehavare ({count})</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inte känd</translation>
    </message>
    <message>
        <source>Roles of {name}: {active} active, {past} past</source>
        <translation>Roller för {name}: {active} aktiva, {past} tidigare</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallad</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exportera den här personens uppgifter</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON data (*.json)</source>
        <translation>PDF-dokument (*.pdf);;JSON-data (*.json)</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Accounts that present the person</source>
        <translation>Konton som presenterar personen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Login email</source>
        <translation>E-post för inloggning</translation>
    </message>
    <message>
        <source>Roles on accounts, active and past</source>
        <translation>Roller på konton, aktiva och tidigare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tilldelad den</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Återkallad den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Handover terms naming the person as successor</source>
        <translation>Överlämningsvillkor som nämner personen som efterträdare</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtycke givet den</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtycke återkallat den</translation>
    </message>
    <message>
        <source>Offboardings</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Startat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Checklist items assigned to the person</source>
        <translation>Checklistpunkter tilldelade personen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Agreements the person gave</source>
        <translation>Avtal som personen har gett</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Accounts covered</source>
        <translation>Konton som omfattas</translation>
    </message>
    <message>
        <source>Signed scans</source>
        <translation>Undertecknade skanningar</translation>
    </message>
    <message>
        <source>Social-media policy acknowledged</source>
        <translation>Bekräftad policy för sociala medier</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Policyversion</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bekräftad den</translation>
    </message>
    <message>
        <source>Recorded changes (audit trail)</source>
        <translation>Registrerade ändringar (granskningslogg)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Överlämningsvillkor</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistpunkt</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Undertecknad skanning</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Bekräftelse av policyn</translation>
    </message>
    <message>
        <source>Added the person to the registry</source>
        <translation>Lade till personen i registret</translation>
    </message>
    <message>
        <source>Added the person to the registry by an import from HR</source>
        <translation>Lade till personen i registret genom en import från HR</translation>
    </message>
    <message>
        <source>Changed the person record</source>
        <translation>Ändrade personens uppgifter</translation>
    </message>
    <message>
        <source>Anonymised the person</source>
        <translation>Anonymiserade personen</translation>
    </message>
    <message>
        <source>Started the offboarding</source>
        <translation>Startade avslutet</translation>
    </message>
    <message>
        <source>Changed the offboarding</source>
        <translation>Ändrade avslutet</translation>
    </message>
    <message>
        <source>Closed the offboarding</source>
        <translation>Stängde avslutet</translation>
    </message>
    <message>
        <source>Cancelled the offboarding</source>
        <translation>Avbröt avslutet</translation>
    </message>
    <message>
        <source>Reopened the offboarding</source>
        <translation>Öppnade avslutet igen</translation>
    </message>
    <message>
        <source>Acknowledged the social-media policy</source>
        <translation>Bekräftade policyn för sociala medier</translation>
    </message>
    <message>
        <source>Removed the personal account from the registry</source>
        <translation>Tog bort det personliga kontot från registret</translation>
    </message>
    <message>
        <source>Added the person to the registry by an account import</source>
        <translation>Lade till personen i registret genom en import av konton</translation>
    </message>
    <message>
        <source>Recorded by an import</source>
        <translation type="vanished">Registrerat genom en import</translation>
    </message>
    <message>
        <source>New values</source>
        <translation type="vanished">Nya värden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>E-post (arbete)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Anställningsstatus</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databasinloggning</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>scan {id}, removed on {date} when the person was anonymised</source>
        <translation>skanning {id}, borttagen {date} när personen anonymiserades</translation>
    </message>
    <message>
        <source>{file} ({type}, {size} kB)</source>
        <translation>{file} ({type}, {size} kB)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>What {organisation} holds about {name}</source>
        <translation>Vad {organisation} har om {name}</translation>
    </message>
    <message>
        <source>The person record</source>
        <translation>Personens uppgifter</translation>
    </message>
    <message>
        <source>Written {when} in answer to an access request (GDPR Art. 15).</source>
        <translation>Skrivet {when} som svar på en begäran om registerutdrag (GDPR art. 15).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No last working day</source>
        <translation>Ingen sista arbetsdag</translation>
    </message>
    <message>
        <source>The login they use on a shared server, if any</source>
        <translation>Inloggningen personen använder på en delad server, om någon</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Work email</source>
        <translation>&amp;E-post på jobbet</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdelning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Employment status</source>
        <translation>Anställnings&amp;status</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Sista a&amp;rbetsdag</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Chef</translation>
    </message>
    <message>
        <source>Database l&amp;ogin</source>
        <translation>Databasinl&amp;oggning</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Läs in i&amp;gen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;k…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Your unsaved value: “{value}”</source>
        <translation>Ditt osparade värde: ”{value}”</translation>
    </message>
</context>
<context>
    <name>PersonHistoryWindow</name>
    <message>
        <source>Added to the registry</source>
        <translation>Lades till i registret</translation>
    </message>
    <message>
        <source>Added to the registry by an import from HR</source>
        <translation>Lades till i registret genom en import från HR</translation>
    </message>
    <message>
        <source>Added to the registry by an account import</source>
        <translation>Lades till i registret genom en import av konton</translation>
    </message>
    <message>
        <source>Changed the person&apos;s record</source>
        <translation>Ändrade personens uppgifter</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <source>Started an offboarding</source>
        <translation>Startade ett avslut</translation>
    </message>
    <message>
        <source>Changed the offboarding</source>
        <translation>Ändrade avslutet</translation>
    </message>
    <message>
        <source>Closed the offboarding</source>
        <translation>Stängde avslutet</translation>
    </message>
    <message>
        <source>Reopened the offboarding</source>
        <translation>Öppnade avslutet igen</translation>
    </message>
    <message>
        <source>Cancelled the offboarding</source>
        <translation>Avbröt avslutet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>&amp;Öppna skanning</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Öppna skanning</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;agreement (PDF)…</source>
        <translation>Innehavarens över&amp;enskommelse (PDF)…</translation>
    </message>
    <message>
        <source>Holder&apos;s agreement (PDF)</source>
        <translation>Innehavarens överenskommelse (PDF)</translation>
    </message>
    <message>
        <source>The agreement to sign about each account the person holds or administers, as a PDF in the window&apos;s language</source>
        <translation>Överenskommelsen att skriva under om varje konto personen innehar eller administrerar, som PDF på fönstrets språk</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historik för {name}</translation>
    </message>
    <message>
        <source>{count} entries, newest first.</source>
        <translation>{count} poster, nyast först.</translation>
    </message>
    <message>
        <source>Nothing is recorded about this person yet.</source>
        <translation>Inget är registrerat om den här personen än.</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>{account}: {what}</source>
        <translation>{account}: {what}</translation>
    </message>
    <message>
        <source>Gave the {document} ({channel}), covering {accounts}: {state}</source>
        <translation>Gav {document} ({channel}), som omfattar {accounts}: {state}</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>inaktuell</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Signed scan: removed on anonymisation</source>
        <translation>Undertecknad skanning: borttagen vid anonymisering</translation>
    </message>
    <message>
        <source>Signed scan: {file} ({size} kB), opens read-only</source>
        <translation>Undertecknad skanning: {file} ({size} kB), öppnas skrivskyddad</translation>
    </message>
    <message>
        <source>Acknowledged version {version} of the social-media policy</source>
        <translation>Bekräftade version {version} av policyn för sociala medier</translation>
    </message>
    <message>
        <source>Gave ambassador consent for {account}: {scope}</source>
        <translation>Gav samtycke till ambassadörsarbete för {account}: {scope}</translation>
    </message>
    <message>
        <source>nothing asked yet</source>
        <translation>inget efterfrågat än</translation>
    </message>
    <message>
        <source>(asked by {name})</source>
        <translation>(tillfrågad av {name})</translation>
    </message>
    <message>
        <source>Withdrew ambassador consent for {account}</source>
        <translation>Drog tillbaka samtycket till ambassadörsarbete för {account}</translation>
    </message>
    <message>
        <source>Save the holder&apos;s agreement as PDF</source>
        <translation>Spara innehavarens överenskommelse som PDF</translation>
    </message>
    <message>
        <source>Agreement - {name}</source>
        <translation>Överenskommelse - {name}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name or email</source>
        <translation>Skriv namn eller e-post</translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation>Läser in personer…</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Social media in working hours</source>
        <translation>Sociala medier på arbetstid</translation>
    </message>
    <message>
        <source>Is it allowed, limited to some time a day, or up to each employee?</source>
        <translation>Är det tillåtet, begränsat till viss tid per dag, eller upp till varje anställd?</translation>
    </message>
    <message>
        <source>Friends with colleagues and the boss</source>
        <translation>Vän med kolleger och chefen</translation>
    </message>
    <message>
        <source>May one decline connection requests from colleagues and managers to keep work and private life apart?</source>
        <translation>Får man tacka nej till kontaktförfrågningar från kolleger och chefer för att hålla isär arbete och privatliv?</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Sekretessinställningar</translation>
    </message>
    <message>
        <source>How can one be connected with colleagues and managers in a different way than with friends?</source>
        <translation>Hur kan man vara kopplad till kolleger och chefer på ett annat sätt än till vänner?</translation>
    </message>
    <message>
        <source>Confidential information</source>
        <translation>Konfidentiell information</translation>
    </message>
    <message>
        <source>What counts as confidential about products, customers and the company, and is never shared?</source>
        <translation>Vad räknas som konfidentiellt om produkter, kunder och företaget och delas aldrig?</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Öppenhet</translation>
    </message>
    <message>
        <source>Say that you work in the industry, and that you write on your own behalf as a private person.</source>
        <translation>Säg att du arbetar i branschen och att du skriver för egen räkning som privatperson.</translation>
    </message>
    <message>
        <source>Loyalty and consideration</source>
        <translation>Lojalitet och omtanke</translation>
    </message>
    <message>
        <source>How to speak of the workplace; what would be disloyal?</source>
        <translation>Hur man talar om arbetsplatsen; vad vore illojalt?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språkbruk</translation>
    </message>
    <message>
        <source>The tone colleagues, managers and competitors can read.</source>
        <translation>Tonen som kolleger, chefer och konkurrenter kan läsa.</translation>
    </message>
    <message>
        <source>Working time for social media</source>
        <translation>Arbetstid för sociala medier</translation>
    </message>
    <message>
        <source>How much working time company accounts and ambassador work may take, and who decides.</source>
        <translation>Hur mycket arbetstid företagets konton och ambassadörsarbete får ta, och vem som bestämmer.</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Förväntningar på svarstid</translation>
    </message>
    <message>
        <source>How fast comments and messages are answered, and whether also outside working hours.</source>
        <translation>Hur snabbt kommentarer och meddelanden besvaras, och om även utanför arbetstid.</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Social-media policy, version {version}</source>
        <translation>Policy för sociala medier, version {version}</translation>
    </message>
    <message>
        <source>In force from {day}</source>
        <translation>Gäller från {day}</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>Godkänd av {name}</translation>
    </message>
</context>
<context>
    <name>PolicyWindow</name>
    <message>
        <source>Social-media policy</source>
        <translation>Policy för sociala medier</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versioner</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny version</translation>
    </message>
    <message>
        <source>&amp;Acknowledgements</source>
        <translation>&amp;Bekräftelser</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bekräftad av</translation>
    </message>
    <message>
        <source>Versions of the policy</source>
        <translation>Policyns versioner</translation>
    </message>
    <message>
        <source>The version&apos;s texts</source>
        <translation>Versionens texter</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>från {day}</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>Version {version} från {day}</translation>
    </message>
    <message>
        <source>No version of the policy is recorded yet: record one under “New version”.</source>
        <translation>Ingen version av policyn är registrerad än: registrera en under ”Ny version”.</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Gäller från</translation>
    </message>
    <message>
        <source>An area of the company&apos;s own, if any</source>
        <translation>Ett eget område för företaget, om det finns</translation>
    </message>
    <message>
        <source>Own area&apos;s &amp;heading</source>
        <translation>Eget områdes r&amp;ubrik</translation>
    </message>
    <message>
        <source>Own area&apos;s te&amp;xt</source>
        <translation>Eget områdes &amp;text</translation>
    </message>
    <message>
        <source>&amp;Record version</source>
        <translation>&amp;Registrera version</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Registrera version</translation>
    </message>
    <message>
        <source>A version is never changed once recorded: a change is a new version, which people acknowledge again. Write a text for each area the policy takes a stand on; leave the others empty.</source>
        <translation>En version ändras aldrig när den väl är registrerad: en ändring är en ny version, som alla bekräftar igen. Skriv en text för varje område som policyn tar ställning till; lämna de andra tomma.</translation>
    </message>
    <message>
        <source>Recorded version {version}.</source>
        <translation>Version {version} är registrerad.</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Godkänd &amp;av</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the version as PDF</source>
        <translation>Spara versionen som PDF</translation>
    </message>
    <message>
        <source>The chosen version as a PDF: the headings in the window&apos;s language, the company&apos;s texts as typed</source>
        <translation>Den valda versionen som PDF: rubrikerna på fönstrets språk, företagets texter som de skrevs</translation>
    </message>
    <message>
        <source>Save the policy as PDF</source>
        <translation>Spara policyn som PDF</translation>
    </message>
    <message>
        <source>Record ackno&amp;wledgement</source>
        <translation>Registrera bekräfte&amp;lse</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Registrera bekräftelse</translation>
    </message>
    <message>
        <source>Versi&amp;on</source>
        <translation>V&amp;ersion</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on</source>
        <translation>Bekräftad &amp;den</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bekräftad den</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importera en lista…</translation>
    </message>
    <message>
        <source>Import a list of acknowledgements</source>
        <translation>Importera en lista med bekräftelser</translation>
    </message>
    <message>
        <source>A text or CSV file with one work email and date per line</source>
        <translation>En text- eller CSV-fil med en arbetsadress och ett datum per rad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>E-post (arbete)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>The list, line by line</source>
        <translation>Listan, rad för rad</translation>
    </message>
    <message>
        <source>Record the &amp;list</source>
        <translation>Registrera &amp;hela listan</translation>
    </message>
    <message>
        <source>Record the list</source>
        <translation>Registrera hela listan</translation>
    </message>
    <message>
        <source>Choose who acknowledged the policy.</source>
        <translation>Välj vem som har bekräftat policyn.</translation>
    </message>
    <message>
        <source>The day of the acknowledgement is required.</source>
        <translation>Dagen för bekräftelsen måste anges.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrerat.</translation>
    </message>
    <message>
        <source>Already acknowledged: nothing changed.</source>
        <translation>Redan bekräftad: inget ändrades.</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listor (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Acknowledged already</source>
        <translation>Redan bekräftad</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreras</translation>
    </message>
    <message>
        <source>{count} of {lines} lines have a problem: nothing is recorded. Correct the list and import it again.</source>
        <translation>{count} av {lines} rader har ett problem: inget registreras. Rätta listan och importera den igen.</translation>
    </message>
    <message>
        <source>{new} acknowledgements to record, {already} acknowledged already.</source>
        <translation>{new} bekräftelser registreras, {already} redan bekräftade.</translation>
    </message>
    <message>
        <source>Recorded {recorded} acknowledgements; {already} were acknowledged already.</source>
        <translation>{recorded} bekräftelser har registrerats; {already} var redan bekräftade.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Pseudo (for checking layouts)</source>
        <translation>Pseudo (för att kontrollera layouten)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Account Registry starts.</source>
        <translation>Det nya språket används nästa gång Account Registry startar.</translation>
    </message>
    <message>
        <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
        <translation>Så länge miljövariabeln {variable} är satt (nu till ”{value}”) är det den som bestämmer språket.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Ok</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara allt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;allt</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till allt</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nollställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Nollställ till standard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkplats</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Database…</source>
        <translation>Databas…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Databasinställningar</translation>
    </message>
    <message>
        <source>Read only: the login “{login}” may read and export this registry but not change it. The registry&apos;s owner can give it editor rights.</source>
        <translation>Endast läsning: inloggningen ”{login}” får läsa och exportera det här registret men inte ändra det. Registrets ägare kan ge den redaktörsrättigheter.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation>Ett skäl krävs.</translation>
    </message>
</context>
<context>
    <name>RecordConfirmationDialog</name>
    <message>
        <source>Record the signed handover confirmation</source>
        <translation>Registrera den undertecknade överlämningsbekräftelsen</translation>
    </message>
    <message>
        <source>Record who signed the handover confirmation, when and how. It covers the accounts of this offboarding as they stand now; a signed scan can be kept with it (PDF, PNG or JPEG, at most 20 MB).</source>
        <translation>Registrera vem som undertecknade överlämningsbekräftelsen, när och hur. Den omfattar kontona i detta avslut som de ser ut nu; en undertecknad skanning kan sparas med den (PDF, PNG eller JPEG, högst 20 MB).</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>Ingen skanning</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose a signed scan</source>
        <translation>Välj en undertecknad skanning</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>&amp;Undertecknad av</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Undertecknad &amp;den</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad den</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Signed &amp;scan</source>
        <translation>Undertecknad &amp;skanning</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Skanningar (*.pdf *.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose who signed.</source>
        <translation>Välj vem som undertecknade.</translation>
    </message>
    <message>
        <source>The day it was signed is required.</source>
        <translation>Dagen för underskriften måste anges.</translation>
    </message>
</context>
<context>
    <name>RegisterAccountDialog</name>
    <message>
        <source>Register account</source>
        <translation>Registrera konto</translation>
    </message>
    <message>
        <source>Record handover terms now</source>
        <translation>Registrera överlämningsvillkor nu</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <source>On departure</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Handover terms not saved</source>
        <translation>Överlämningsvillkoren sparades inte</translation>
    </message>
    <message>
        <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account&apos;s Handover terms tab.</source>
        <translation>Kontot registrerades, men dess överlämningsvillkor sparades inte: {error}

Lägg till dem på kontots flik Överlämningsvillkor.</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Redan registrerat</translation>
    </message>
    <message>
        <source>{message}

Open the existing record instead?</source>
        <translation>{message}

Vill du öppna det befintliga i stället?</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Öppna befintligt</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <source>&amp;Note (what needs changing):</source>
        <translation>&amp;Anteckning (vad som behöver ändras):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Anteckning (valfri):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write what needs changing, so that whoever changes it knows.</source>
        <translation>Skriv vad som behöver ändras, så att den som ändrar det vet vad som gäller.</translation>
    </message>
    <message>
        <source>Flag for change</source>
        <translation>Flagga för ändring</translation>
    </message>
    <message>
        <source>Say what is no longer true about the {count} selected account(s). The record stays as it is and the account stays due for review until someone confirms it.</source>
        <translation>Skriv vad som inte längre stämmer om de {count} valda kontona. Uppgifterna förblir som de är och kontot ska fortfarande granskas tills någon bekräftar det.</translation>
    </message>
    <message>
        <source>&amp;Flag for change</source>
        <translation>&amp;Flagga för ändring</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Bekräfta granskning</translation>
    </message>
    <message>
        <source>Confirm that the record of the {count} selected account(s) is true as it stands today: holder, administrators, login and handover terms.</source>
        <translation>Bekräfta att uppgifterna om de {count} valda kontona stämmer som de ser ut i dag: innehavare, administratörer, inloggning och överlämningsvillkor.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Bekräfta granskning</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <source>{platform} “{handle}” — {display_name}</source>
        <translation>{platform} ”{handle}” – {display_name}</translation>
    </message>
    <message>
        <source>{platform} “{handle}”</source>
        <translation>{platform} ”{handle}”</translation>
    </message>
    <message>
        <source>No holder</source>
        <translation>Ingen innehavare</translation>
    </message>
    <message>
        <source>No responsible unit</source>
        <translation>Ingen ansvarig enhet</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Granskningsomgång</translation>
    </message>
    <message>
        <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
        <translation>Kontona som ska granskas. Bekräfta de uppgifter som fortfarande stämmer som de är; flagga resten för ändring med en anteckning om vad som ska ändras.</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>&amp;Innehavare</translation>
    </message>
    <message>
        <source>Group by holder</source>
        <translation>Gruppera per innehavare</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarig &amp;enhet</translation>
    </message>
    <message>
        <source>Group by responsible unit</source>
        <translation>Gruppera per ansvarig enhet</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppera per:</translation>
    </message>
    <message>
        <source>Accounts due for review</source>
        <translation>Konton som ska granskas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senast granskat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Den här omgången</translation>
    </message>
    <message>
        <source>Review round summary</source>
        <translation>Sammanfattning av granskningsomgången</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Confirm as is</source>
        <translation>&amp;Bekräfta som det är</translation>
    </message>
    <message>
        <source>Confirm as is</source>
        <translation>Bekräfta som det är</translation>
    </message>
    <message>
        <source>Mark the selected accounts reviewed today: their records are true</source>
        <translation>Markera de valda kontona som granskade i dag: uppgifterna stämmer</translation>
    </message>
    <message>
        <source>&amp;Flag for change…</source>
        <translation>&amp;Flagga för ändring…</translation>
    </message>
    <message>
        <source>Flag for change</source>
        <translation>Flagga för ändring</translation>
    </message>
    <message>
        <source>Note what is no longer true about the selected accounts</source>
        <translation>Anteckna vad som inte längre stämmer om de valda kontona</translation>
    </message>
    <message>
        <source>E&amp;xport checklist…</source>
        <translation>E&amp;xportera checklista…</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Exportera checklista</translation>
    </message>
    <message>
        <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
        <translation>Skriv omgången som en CSV-checklista att bocka av på papper eller i ett kalkylark</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Export the review checklist</source>
        <translation>Exportera granskningens checklista</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Finding the accounts due for review…</source>
        <translation>Letar upp kontona som ska granskas…</translation>
    </message>
    <message>
        <source>{group} ({count} due)</source>
        <translation>{group} ({count} att granska)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>{count} accounts are due for review, in {groups} groups.</source>
        <translation>{count} konton ska granskas, fördelade på {groups} grupper.</translation>
    </message>
    <message>
        <source>No account is due for review. Every record was confirmed within its review interval.</source>
        <translation>Inga konton behöver granskas. Alla uppgifter har bekräftats inom sitt granskningsintervall.</translation>
    </message>
    <message>
        <source>Confirmed ✓</source>
        <translation>Bekräftat ✓</translation>
    </message>
    <message>
        <source>Flagged for change: {note}</source>
        <translation>Flaggat för ändring: {note}</translation>
    </message>
    <message>
        <source>Confirmed {count} accounts as they are.</source>
        <translation>Bekräftade {count} konton som de är.</translation>
    </message>
    <message>
        <source>Flagged {count} accounts for change.</source>
        <translation>Flaggade {count} konton för ändring.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Stoppades: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before the other {count}.</source>
        <translation>Avbröts före de övriga {count}.</translation>
    </message>
    <message>
        <source>Recording the reviews…</source>
        <translation>Registrerar granskningarna…</translation>
    </message>
    <message>
        <source>Wrote the checklist of {count} accounts to {path}.</source>
        <translation>Skrev checklistan med {count} konton till {path}.</translation>
    </message>
    <message>
        <source>Writing the checklist…</source>
        <translation>Skriver checklistan…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppar…</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>No admin</source>
        <translation>Ingen administratör</translation>
    </message>
    <message>
        <source>Nobody holds an active owner or admin role, so nobody can manage the account or add a new administrator.</source>
        <translation>Ingen har en aktiv roll som ägare eller administratör, så ingen kan hantera kontot eller lägga till en ny administratör.</translation>
    </message>
    <message>
        <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform&apos;s support to restore access now, before anyone else claims it.</source>
        <translation>Ta reda på vem som fortfarande har åtkomst och registrera personen som ägare eller administratör; om ingen har det, be plattformens support att återställa åtkomsten nu, innan någon annan gör anspråk på kontot.</translation>
    </message>
    <message>
        <source>Single admin</source>
        <translation>Bara en administratör</translation>
    </message>
    <message>
        <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
        <translation>Bara en person har en roll som ägare eller administratör; om personen slutar eller förlorar åtkomsten står kontot utan administratör.</translation>
    </message>
    <message>
        <source>Grant a second person the owner or admin role.</source>
        <translation>Ge ytterligare en person rollen som ägare eller administratör.</translation>
    </message>
    <message>
        <source>Leaver holds a role</source>
        <translation>Avgående har en roll</translation>
    </message>
    <message>
        <source>Someone who is leaving or has left still holds an active role on the account.</source>
        <translation>Någon som håller på att sluta eller har slutat har fortfarande en aktiv roll på kontot.</translation>
    </message>
    <message>
        <source>Hand the role over to a successor and revoke the leaver&apos;s role, or settle it in the person&apos;s offboarding.</source>
        <translation>Lämna över rollen till en efterträdare och återkalla rollen för den som slutar, eller reda ut det i personens avslut.</translation>
    </message>
    <message>
        <source>Private login</source>
        <translation>Privat inloggning</translation>
    </message>
    <message>
        <source>The account logs in with an email address outside the company&apos;s domains, so whoever owns that address controls the account.</source>
        <translation>Kontot loggar in med en e-postadress utanför företagets domäner, så den som äger adressen har kontrollen över kontot.</translation>
    </message>
    <message>
        <source>Change the account&apos;s login email to a company address, such as a shared communications mailbox.</source>
        <translation>Byt kontots inloggningsadress till en adress i företaget, till exempel en gemensam brevlåda för kommunikation.</translation>
    </message>
    <message>
        <source>No handover terms</source>
        <translation>Inga överlämningsvillkor</translation>
    </message>
    <message>
        <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
        <translation>Inget är överenskommet om vad som händer med kontot, dess följare och dess innehåll när innehavaren eller en administratör slutar.</translation>
    </message>
    <message>
        <source>Agree handover terms with the holder and record them, with the date.</source>
        <translation>Kom överens om överlämningsvillkor med innehavaren och registrera dem med datum.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Lösenordet inte bytt</translation>
    </message>
    <message>
        <source>An administrator&apos;s role was revoked after the stored password was last changed, so someone who left may still know it.</source>
        <translation>En administratörs roll återkallades efter att det sparade lösenordet senast byttes, så någon som har slutat kan fortfarande känna till det.</translation>
    </message>
    <message>
        <source>Change the account&apos;s password and recovery codes, and store the new ones.</source>
        <translation>Byt kontots lösenord och återställningskoder, och spara de nya.</translation>
    </message>
    <message>
        <source>No two-factor</source>
        <translation>Ingen tvåfaktor</translation>
    </message>
    <message>
        <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
        <translation>Kontot har ingen tvåfaktorsinloggning, eller så har ingen registrerat om det har det.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
        <translation>Slå på tvåfaktorsinloggning med en autentiseringsapp, säkerhetsnyckel eller lösennyckel, och registrera metoden.</translation>
    </message>
    <message>
        <source>Owner unknown</source>
        <translation>Ägare okänd</translation>
    </message>
    <message>
        <source>It is not recorded whether the account is the company&apos;s, an employee role or someone&apos;s personal profile, or whose profile it is.</source>
        <translation>Det är inte registrerat om kontot är företagets, en medarbetarroll eller någons personliga profil, eller vems profil det är.</translation>
    </message>
    <message>
        <source>Set the account&apos;s kind and, for an employee-role or personal account, its holder.</source>
        <translation>Ange kontots typ och, för en medarbetarroll eller ett personligt konto, dess innehavare.</translation>
    </message>
    <message>
        <source>No recorded consent</source>
        <translation>Inget registrerat samtycke</translation>
    </message>
    <message>
        <source>The personal profile is listed for ambassador work, but its holder&apos;s consent is not recorded; sharing company content on one&apos;s own profile is voluntary.</source>
        <translation>Den personliga profilen är listad som ambassadör, men innehavarens samtycke är inte registrerat; att dela företagets innehåll på sin egen profil är frivilligt.</translation>
    </message>
    <message>
        <source>Ask the holder and record their consent with what the company may ask, or take the profile off the ambassador list.</source>
        <translation>Fråga innehavaren och registrera samtycket med det företaget får be om, eller ta bort profilen från ambassadörslistan.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>The holder withdrew their consent to ambassador work, but the profile is still listed for it.</source>
        <translation>Innehavaren har återkallat sitt samtycke till ambassadörsarbete, men profilen är fortfarande listad som ambassadör.</translation>
    </message>
    <message>
        <source>Take the profile off the ambassador list and stop asking the holder to share.</source>
        <translation>Ta bort profilen från ambassadörslistan och sluta be innehavaren att dela.</translation>
    </message>
    <message>
        <source>Holder left</source>
        <translation>Innehavaren har slutat</translation>
    </message>
    <message>
        <source>The employee-role account presents someone who has left, as an employee of the company.</source>
        <translation>Kontot i medarbetarroll visar någon som har slutat som anställd i företaget.</translation>
    </message>
    <message>
        <source>Hand the account over to a successor and rename it, or archive or close it, as its handover terms say.</source>
        <translation>Lämna över kontot till en efterträdare och byt namn på det, eller arkivera eller stäng det, som överlämningsvillkoren säger.</translation>
    </message>
    <message>
        <source>Holder not agreed</source>
        <translation>Innehavaren ej överens</translation>
    </message>
    <message>
        <source>The account&apos;s handover terms are recorded, but its holder has not agreed to them.</source>
        <translation>Kontots överlämningsvillkor är registrerade, men innehavaren har inte godkänt dem.</translation>
    </message>
    <message>
        <source>Go through the terms with the holder and record their agreement.</source>
        <translation>Gå igenom villkoren med innehavaren och registrera hens godkännande.</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Inofficiell</translation>
    </message>
    <message>
        <source>Someone made the account in the company&apos;s name without a mandate, and nobody has decided what becomes of it.</source>
        <translation>Någon har skapat kontot i företagets namn utan mandat, och ingen har bestämt vad som ska hända med det.</translation>
    </message>
    <message>
        <source>Decide whether the company adopts, hands over, archives or closes it, and record that as its handover terms.</source>
        <translation>Bestäm om företaget tar över, lämnar över, arkiverar eller stänger det, och registrera det som dess överlämningsvillkor.</translation>
    </message>
    <message>
        <source>Company group kept</source>
        <translation>Företagsgrupp behålls</translation>
    </message>
    <message>
        <source>The unofficial group was built for the company, but its terms say its holder keeps it; groups and networks built for the company stay with the company.</source>
        <translation>Den inofficiella gruppen byggdes upp för företaget, men villkoren säger att innehavaren behåller den; grupper och nätverk som byggts för företaget stannar hos företaget.</translation>
    </message>
    <message>
        <source>Agree with the holder that the group is the company&apos;s: record it as a company or employee-role account, with terms that hand it over.</source>
        <translation>Kom överens med innehavaren om att gruppen är företagets: registrera den som företagskonto eller konto i medarbetarroll, med villkor som lämnar över den.</translation>
    </message>
    <message>
        <source>Policy not acknowledged</source>
        <translation>Policy ej bekräftad</translation>
    </message>
    <message>
        <source>The holder speaks for the company on this account, but has not acknowledged the social-media policy in force.</source>
        <translation>Innehavaren talar för företaget på det här kontot men har inte bekräftat den gällande policyn för sociala medier.</translation>
    </message>
    <message>
        <source>Give the holder the policy and record their acknowledgement.</source>
        <translation>Ge innehavaren policyn och registrera bekräftelsen.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Ändring inte gjord</translation>
    </message>
    <message>
        <source>A review flagged the account&apos;s record as needing a change, and nobody has resolved it.</source>
        <translation>En granskning markerade att kontots uppgifter behöver ändras, och ingen har åtgärdat det.</translation>
    </message>
    <message>
        <source>Make the change the review asked for, then resolve the flag.</source>
        <translation>Gör ändringen som granskningen bad om, och åtgärda sedan markeringen.</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Granskning försenad</translation>
    </message>
    <message>
        <source>Nobody has confirmed within the review interval that the account&apos;s record is still true.</source>
        <translation>Ingen har inom granskningsintervallet bekräftat att uppgifterna om kontot fortfarande stämmer.</translation>
    </message>
    <message>
        <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
        <translation>Granska kontot: kontrollera dess administratörer, inloggning och villkor och markera det sedan som granskat.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hög</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk chart</source>
        <translation>Riskdiagram</translation>
    </message>
    <message>
        <source>No account looked after is at risk.</source>
        <translation>Inget förvaltat konto är i riskzonen.</translation>
    </message>
    <message>
        <source>{title} ({severity}): {count}</source>
        <translation>{title} ({severity}): {count}</translation>
    </message>
    <message>
        <source>{at_risk} of {total} accounts looked after are at risk.</source>
        <translation>{at_risk} av {total} förvaltade konton är i riskzonen.</translation>
    </message>
    <message>
        <source>Accounts by risk: {risks}.</source>
        <translation>Konton per risk: {risks}.</translation>
    </message>
    <message>
        <source>{platform}: {count} ({breakdown})</source>
        <translation>{platform}: {count} ({breakdown})</translation>
    </message>
    <message>
        <source>Accounts at risk by platform, by their worst risk: {platforms}.</source>
        <translation>Konton i riskzonen per plattform, efter deras allvarligaste risk: {platforms}.</translation>
    </message>
    <message>
        <source>{count} {severity}</source>
        <translation>{count} med {severity} risk</translation>
    </message>
    <message>
        <source>{title} ({severity} risk): {count} account
{explanation}</source>
        <translation>{title} ({severity} risk): {count} konto
{explanation}</translation>
    </message>
    <message>
        <source>{title} ({severity} risk): {count} accounts
{explanation}</source>
        <translation>{title} ({severity} risk): {count} konton
{explanation}</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>Det här kan du göra: {what}</translation>
    </message>
    <message>
        <source>{platform}: {count} account at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konto i riskzonen
Efter allvarligaste risk: {breakdown}</translation>
    </message>
    <message>
        <source>{platform}: {count} accounts at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konton i riskzonen
Efter allvarligaste risk: {breakdown}</translation>
    </message>
    <message>
        <source>Accounts by risk</source>
        <translation>Konton per risk</translation>
    </message>
    <message>
        <source>Accounts at risk by platform, by their worst risk</source>
        <translation>Konton i riskzonen per plattform och allvarligaste risk</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Replace: {field}</source>
        <translation>Ersätt: {field}</translation>
    </message>
    <message>
        <source>Store: {field}</source>
        <translation>Spara: {field}</translation>
    </message>
    <message>
        <source>It is stored in the operating system&apos;s keyring, never in the registry&apos;s database. Replacing it counts as rotating the login.</source>
        <translation>Det sparas i operativsystemets nyckelring, aldrig i registrets databas. Att ersätta det räknas som att byta inloggning.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Skriv det igen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{field} is empty; type or paste it.</source>
        <translation>{field}: fältet är tomt; skriv eller klistra in.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {count} characters).</source>
        <translation>{field}: för långt (högst {count} tecken).</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>De två lösenorden är inte likadana; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>e.g. db.nordlys.dk</source>
        <translation>t.ex. db.nordlys.dk</translation>
    </message>
    <message>
        <source>e.g. registry</source>
        <translation>t.ex. registry</translation>
    </message>
    <message>
        <source>Empty: the one kept in the keyring</source>
        <translation>Tom: det som finns i nyckelringen</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Kryptera när servern erbjuder det (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Kryptera alltid (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-ca)</source>
        <translation>Kryptera och kontrollera serverns certifikat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt and check certificate and name (verify-full)</source>
        <translation>Kryptera och kontrollera certifikat och namn (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Kryptera aldrig (disable)</translation>
    </message>
    <message>
        <source>Ser&amp;ver</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Inloggning</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Lösen&amp;ord</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
</context>
<context>
    <name>StartOffboardingWizard</name>
    <message>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <source>&amp;Next: see the checklist</source>
        <translation>&amp;Nästa: visa checklistan</translation>
    </message>
    <message>
        <source>&amp;Start offboarding</source>
        <translation>&amp;Starta avslut</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Next: see the checklist</source>
        <translation>Nästa: visa checklistan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>That failed unexpectedly; the details are in the error log.</source>
        <translation>Det misslyckades oväntat; detaljerna finns i felloggen.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>company</source>
        <translation>företag</translation>
    </message>
    <message>
        <source>employee role</source>
        <translation>medarbetarroll</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personlig</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sida</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>vilande</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverad</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>undantagen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktör</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analytiker</translation>
    </message>
    <message>
        <source>transfer to successor</source>
        <translation>överlämna till efterträdare</translation>
    </message>
    <message>
        <source>transfer to company</source>
        <translation>överlämna till företaget</translation>
    </message>
    <message>
        <source>holder keeps</source>
        <translation>innehavaren behåller det</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkivera</translation>
    </message>
    <message>
        <source>close</source>
        <translation>stäng</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>authenticator app</source>
        <translation>autentiseringsapp</translation>
    </message>
    <message>
        <source>security key</source>
        <translation>säkerhetsnyckel</translation>
    </message>
    <message>
        <source>passkey</source>
        <translation>lösennyckel</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>anställd</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>slutar</translation>
    </message>
    <message>
        <source>left</source>
        <translation>har slutat</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>holder agreement</source>
        <translation>innehavarens överenskommelse</translation>
    </message>
    <message>
        <source>handover confirmation</source>
        <translation>överlämningsbekräftelse</translation>
    </message>
    <message>
        <source>signed paper</source>
        <translation>undertecknat papper</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligen</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Set up this registry</source>
        <translation>Konfigurera det här registret</translation>
    </message>
    <message>
        <source>1. Your organisation</source>
        <translation>1. Din organisation</translation>
    </message>
    <message>
        <source>Its name, the email domains its logins should use (the “Private login” risk needs them) and whose public holidays due dates skip. Skip this if you like.</source>
        <translation>Namnet, de e-postdomäner som inloggningar ska använda (risken ”Privat inloggning” behöver dem) och vilket lands helgdagar förfallodagar hoppar över. Du kan hoppa över det.</translation>
    </message>
    <message>
        <source>2. Fill the registry</source>
        <translation>2. Fyll registret</translation>
    </message>
    <message>
        <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
        <translation>Registrera konton ett i taget i vyn Konton, importera dem från ett kalkylark eller börja med ett exempel. Exempelorganisationen, Nordlys Rejser A/S, är ett resebolag med ungefär 120 konton och de problem som riktiga register har: sidor med bara en administratör, privata inloggningar och personer som har slutat men fortfarande har roller.</translation>
    </message>
    <message>
        <source>Import people from HR…</source>
        <translation>Importera personer från HR…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importera personer från HR</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s people from a spreadsheet (CSV, Excel or LibreOffice) with the columns name, work_email, department, title, manager_email, employment_status, last_working_day; you see a preview first</source>
        <translation>Importera organisationens personer från ett kalkylblad (CSV, Excel eller LibreOffice) med kolumnerna name, work_email, department, title, manager_email, employment_status, last_working_day; du ser en förhandsgranskning först</translation>
    </message>
    <message>
        <source>Import accounts…</source>
        <translation>Importera konton…</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importera konton</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet (CSV, Excel or LibreOffice); you see a preview before anything is written</source>
        <translation>Importera konton från ett kalkylblad (CSV, Excel eller LibreOffice); du ser en förhandsgranskning innan något skrivs</translation>
    </message>
    <message>
        <source>Create the sample organisation</source>
        <translation>Skapa exempelorganisationen</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Börja tomt</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <source>Who is leaving, and when</source>
        <translation>Vem slutar, och när</translation>
    </message>
    <message>
        <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
        <translation>Checklistan skapas utifrån de konton som personen innehar eller administrerar. Du ser den innan något skapas.</translation>
    </message>
    <message>
        <source>Optional: who takes over the roles</source>
        <translation>Valfritt: vem tar över rollerna</translation>
    </message>
    <message>
        <source>Show their &amp;offboarding</source>
        <translation>Visa personens a&amp;vslut</translation>
    </message>
    <message>
        <source>Show their offboarding</source>
        <translation>Visa personens avslut</translation>
    </message>
    <message>
        <source>&amp;Person leaving</source>
        <translation>&amp;Person som slutar</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Sista a&amp;rbetsdag</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <source>Default s&amp;uccessor</source>
        <translation>&amp;Efterträdare</translation>
    </message>
    <message>
        <source>The successor receives the leaver&apos;s owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
        <translation>Efterträdaren får ägar- och administratörsrollerna från den som slutar när en överlämningspunkt bockas av. Du kan välja eller byta efterträdare senare.</translation>
    </message>
    <message>
        <source>&amp;Internal move: the person stays, in another department or role</source>
        <translation>&amp;Intern flytt: personen stannar, på en annan avdelning eller i en annan roll</translation>
    </message>
    <message>
        <source>Internal move</source>
        <translation>Intern flytt</translation>
    </message>
    <message>
        <source>Settle their accounts by this day without recording them as leaving; the checklist has no items for a departure</source>
        <translation>Reda ut personens konton till denna dag utan att registrera personen som på väg att sluta; checklistan har inga punkter för ett avslut</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation type="vanished">Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
    </message>
    <message>
        <source>Choose the person who is leaving.</source>
        <translation>Välj personen som slutar.</translation>
    </message>
    <message>
        <source>The last working day is required.</source>
        <translation>Sista arbetsdag måste fyllas i.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>The checklist</source>
        <translation>Checklistan</translation>
    </message>
    <message>
        <source>Checklist preview</source>
        <translation>Förhandsvisning av checklistan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Nothing is created until you press Start offboarding. Starting also records the person as leaving.</source>
        <translation>Inget skapas förrän du trycker på Starta avslut. När avslutet startas registreras personen också som att hen slutar.</translation>
    </message>
    <message>
        <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutar {day}. {successor} tar över rollerna. Checklistan har {items} punkter på {accounts} konton.</translation>
    </message>
    <message>
        <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutar {day}. Ingen efterträdare är vald än: överlämningspunkterna väntar på en. Checklistan har {items} punkter på {accounts} konton.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>{title} (ticking it moves the roles)</source>
        <translation>{title} (när punkten bockas av flyttas rollerna)</translation>
    </message>
    <message>
        <source>{account} ({count})</source>
        <translation>{account} ({count})</translation>
    </message>
</context>
</TS>
