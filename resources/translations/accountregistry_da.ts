<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): you may use, study, share and change it. &lt;a href=&quot;{url}&quot;&gt;The licence&lt;/a&gt;</source>
        <translation>Fri software under GNU General Public License, version 3 eller senere ({licence}): du må bruge, undersøge, dele og ændre den. &lt;a href=&quot;{url}&quot;&gt;Licensen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Previous month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Næste måned</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Ryd feltet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Changes in the registry</source>
        <translation>Ændringer i registret</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
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
        <translation>person nr. {number}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: »{old}« → »{new}«</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>en rolle</translation>
    </message>
    <message>
        <source>account</source>
        <translation type="vanished">konto</translation>
    </message>
    <message>
        <source>Registered the {platform} {presence} “{handle}”</source>
        <translation type="vanished">Registrerede {platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <source>Granted {role} to {person}</source>
        <translation>Tildelte {person} rollen {role}</translation>
    </message>
    <message>
        <source>Imported the {account}</source>
        <translation>Importerede {account}</translation>
    </message>
    <message>
        <source>Revoked {role} from {person}</source>
        <translation>Tilbagekaldte rollen {role} fra {person}</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s {document} ({channel}), covering terms version {version}</source>
        <translation>Registrerede {person}s {document} ({channel}), som dækker vilkårsversion {version}</translation>
    </message>
    <message>
        <source>Removed signed scan {scan}: the person who signed it was anonymised</source>
        <translation>Fjernede underskrevet scanning {scan}: personen der underskrev den blev anonymiseret</translation>
    </message>
    <message>
        <source>Kept a signed scan with agreement {agreement}: {file}</source>
        <translation>Gemte en underskrevet scanning med aftale {agreement}: {file}</translation>
    </message>
    <message>
        <source>Agreed handover terms, version {version}</source>
        <translation>Aftalte overdragelsesvilkår, version {version}</translation>
    </message>
    <message>
        <source>Imported the {platform} {presence} “{handle}”</source>
        <translation type="vanished">Importerede {platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <source>Changed the record of a role</source>
        <translation>Ændrede oplysningerne om en rolle</translation>
    </message>
    <message>
        <source>Changed recorded handover terms</source>
        <translation>Ændrede registrerede overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Changed an offboarding checklist item</source>
        <translation>Ændrede et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <source>Changed the record of the holder&apos;s ambassador consent</source>
        <translation>Ændrede oplysningerne om indehaverens ambassadørsamtykke</translation>
    </message>
    <message>
        <source>Changed the record of an agreement</source>
        <translation>Ændrede oplysningerne om en aftale</translation>
    </message>
    <message>
        <source>Changed the account</source>
        <translation>Ændrede kontoen</translation>
    </message>
    <message>
        <source>Archived the account</source>
        <translation>Arkiverede kontoen</translation>
    </message>
    <message>
        <source>Confirmed the record in a review</source>
        <translation>Bekræftede oplysningerne ved en gennemgang</translation>
    </message>
    <message>
        <source>Flagged the record for change in a review</source>
        <translation>Markerede oplysningerne til ændring ved en gennemgang</translation>
    </message>
    <message>
        <source>Resolved the review&apos;s flag for change</source>
        <translation>Løste gennemgangens markering til ændring</translation>
    </message>
    <message>
        <source>Recorded the holder&apos;s ambassador consent</source>
        <translation>Registrerede indehaverens ambassadørsamtykke</translation>
    </message>
    <message>
        <source>Recorded that the holder&apos;s ambassador consent is withdrawn</source>
        <translation>Registrerede, at indehaverens ambassadørsamtykke er trukket tilbage</translation>
    </message>
    <message>
        <source>Planned an offboarding checklist item</source>
        <translation>Planlagde et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <source>Ticked off an offboarding checklist item</source>
        <translation>Krydsede et punkt af på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <source>Waived an offboarding checklist item</source>
        <translation>Frafaldt et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <source>Reopened an offboarding checklist item</source>
        <translation>Genåbnede et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <source>{action} ({entity})</source>
        <translation>{action} ({entity})</translation>
    </message>
    <message>
        <source>Changed the account in an import</source>
        <translation>Ændrede kontoen ved en import</translation>
    </message>
    <message>
        <source>Granted {role} to {person} in an import</source>
        <translation>Tildelte {person} rollen {role} ved en import</translation>
    </message>
    <message>
        <source>Imported handover terms, version {version}</source>
        <translation>Importerede overdragelsesvilkår, version {version}</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Registered the {account}</source>
        <translation>Registrerede {account}</translation>
    </message>
    <message>
        <source>Stored the {field} in the keyring</source>
        <translation>Gemte {field} i nøgleringen</translation>
    </message>
    <message>
        <source>Replaced the {field} in the keyring</source>
        <translation>Erstattede {field} i nøgleringen</translation>
    </message>
    <message>
        <source>Deleted the {field} from the keyring</source>
        <translation>Slettede {field} fra nøgleringen</translation>
    </message>
    <message>
        <source>Marked the login as rotated</source>
        <translation>Markerede login som skiftet</translation>
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
        <translation>Adgangs&amp;koder</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Tildelt af</translation>
    </message>
    <message>
        <source>Active administrators</source>
        <translation>Aktive administratorer</translation>
    </message>
    <message>
        <source>Revoke the selected role</source>
        <translation>Tilbagekald den valgte rolle</translation>
    </message>
    <message>
        <source>Why the role ends, e.g. left the company, changed team</source>
        <translation>Hvorfor rollen ophører, f.eks. fratrådt, skiftet team</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Tilba&amp;gekald</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Tilbagekald</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>&amp;Oversigt</translation>
    </message>
    <message>
        <source>Someone else changed this account. Your unsaved changes are still here; Reload shows theirs instead.</source>
        <translation>En anden har ændret denne konto. Dine ikke-gemte ændringer er her stadig; Indlæs igen viser den andens i stedet.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Indlæs i&amp;gen</translation>
    </message>
    <message>
        <source>Reload the account</source>
        <translation>Indlæs kontoen igen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Adm&amp;inistrators</source>
        <translation>Administrato&amp;rer</translation>
    </message>
    <message>
        <source>Handover te&amp;rms</source>
        <translation>Overdragelsesvilk&amp;år</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Am&amp;bassador consent</source>
        <translation>Am&amp;bassadørsamtykke</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="vanished">Aftaler</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>Resolve the flag</source>
        <translation>Løs markeringen</translation>
    </message>
    <message>
        <source>Resolve the flag for change</source>
        <translation>Løs markeringen til ændring</translation>
    </message>
    <message>
        <source>Other active roles</source>
        <translation>Andre aktive roller</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>Revoked o&amp;n</source>
        <translation>Tilbagekaldt &amp;den</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Tildel en rolle</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Tildel</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;lle</translation>
    </message>
    <message>
        <source>Granted &amp;on</source>
        <translation>Tildelt de&amp;n</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Tilbagekaldt den</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Tilbagekaldt af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Grants and revocations</source>
        <translation>Tildelinger og tilbagekaldelser</translation>
    </message>
    <message>
        <source>Other active roles (not administrators: they cannot add or remove others)</source>
        <translation>Andre aktive roller (ikke administratorer: de kan ikke tilføje eller fjerne andre)</translation>
    </message>
    <message>
        <source>Grants and revocations, newest first</source>
        <translation>Tildelinger og tilbagekaldelser, nyeste først</translation>
    </message>
    <message>
        <source>&amp;Edit terms…</source>
        <translation>Redigér &amp;vilkår…</translation>
    </message>
    <message>
        <source>Edit terms</source>
        <translation>Redigér vilkår</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <source>Agreed for the company by</source>
        <translation>Underskrevet for virksomheden af</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Terms of the selected version</source>
        <translation>Vilkårene i den valgte version</translation>
    </message>
    <message>
        <source>All versions (select one to read it)</source>
        <translation>Alle versioner (vælg en for at læse den)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <source>{account} — {platform}[*]</source>
        <translation>{account} — {platform}[*]</translation>
    </message>
    <message>
        <source>{display_name} — {account}</source>
        <translation>{display_name} — {account}</translation>
    </message>
    <message>
        <source>Flagged for change in a review on {day}: {note}</source>
        <translation>Markeret til ændring ved en gennemgang den {day}: {note}</translation>
    </message>
    <message>
        <source>Nothing puts this account at risk.</source>
        <translation>Intet bringer denne konto i fare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{marker} {risk}&lt;/b&gt; ({severity}): {explanation} &lt;i&gt;{what_to_do}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{marker} {risk}&lt;/b&gt; ({severity}): {explanation} &lt;i&gt;{what_to_do}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{name} (leaving {day})</source>
        <translation>{name} (fratræder {day})</translation>
    </message>
    <message>
        <source>{name} (has left)</source>
        <translation>{name} (er fratrådt)</translation>
    </message>
    <message>
        <source>Current terms (version {version}): {disposition}, proposed and not yet agreed.</source>
        <translation>Gældende vilkår (version {version}): {disposition}, foreslået og endnu ikke aftalt.</translation>
    </message>
    <message>
        <source>Current terms (version {version}): {disposition}, agreed on {date}.</source>
        <translation>Gældende vilkår (version {version}): {disposition}, aftalt den {date}.</translation>
    </message>
    <message>
        <source>No handover terms are agreed for this account yet.</source>
        <translation>Der er endnu ikke aftalt overdragelsesvilkår for kontoen.</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>Your unsaved value: “{value}”</source>
        <translation>Din ikke-gemte værdi: »{value}«</translation>
    </message>
    <message>
        <source>No one in the registry matches “{typed}”; choose a person from the list.</source>
        <translation type="vanished">Ingen i registret passer til »{typed}«; vælg en person på listen.</translation>
    </message>
    <message>
        <source>Choose the person to grant the role to.</source>
        <translation>Vælg den person, der skal have rollen.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dage</translation>
    </message>
    <message>
        <source>Version {version}, recorded {when} by {who}</source>
        <translation>Version {version}, registreret {when} af {who}</translation>
    </message>
    <message>
        <source>On departure: {disposition}</source>
        <translation>Ved fratræden: {disposition}</translation>
    </message>
    <message>
        <source>Successor: {person}</source>
        <translation>Efterfølger: {person}</translation>
    </message>
    <message>
        <source>Notice: {notice}</source>
        <translation>Varsel: {notice}</translation>
    </message>
    <message>
        <source>Agreed on: {date}</source>
        <translation>Aftalt den: {date}</translation>
    </message>
    <message>
        <source>Agreed on: not yet (proposed terms)</source>
        <translation>Aftalt den: endnu ikke (foreslåede vilkår)</translation>
    </message>
    <message>
        <source>Agreed by the holder: {answer}</source>
        <translation>Aftalt med indehaveren: {answer}</translation>
    </message>
    <message>
        <source>Agreed for the company by: {who}</source>
        <translation>Underskrevet for virksomheden af: {who}</translation>
    </message>
    <message>
        <source>Followers, network and groups:</source>
        <translation>Følgere, netværk og grupper:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Indhold:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Kontoen har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
        <translation>Indsæt adressen, f.eks. https://www.linkedin.com/company/acme</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Vælg en platform</translation>
    </message>
    <message>
        <source>Kind: whose account is it?</source>
        <translation>Type: hvem tilhører kontoen?</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personlig konto</translation>
    </message>
    <message>
        <source>Official: made with the company&apos;s mandate</source>
        <translation>Officiel: oprettet med virksomhedens mandat</translation>
    </message>
    <message>
        <source>blank = organisation default ({months})</source>
        <translation>tomt = organisationens standard ({months})</translation>
    </message>
    <message>
        <source>What the account is for, what may be said on it, to whom</source>
        <translation>Hvad kontoen bruges til, hvad der må siges på den, og til hvem</translation>
    </message>
    <message>
        <source>e.g. answer messages within one working day</source>
        <translation>f.eks. svar på beskeder inden for én arbejdsdag</translation>
    </message>
    <message>
        <source>e.g. 24</source>
        <translation>f.eks. 24</translation>
    </message>
    <message>
        <source>Also outside working hours</source>
        <translation>Også uden for arbejdstid</translation>
    </message>
    <message>
        <source>e.g. two posts a week</source>
        <translation>f.eks. to opslag om ugen</translation>
    </message>
    <message>
        <source>e.g. customers with a booking</source>
        <translation>f.eks. kunder med en booking</translation>
    </message>
    <message>
        <source>Whom to ask about a critical comment</source>
        <translation>Hvem der spørges ved en kritisk kommentar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>Pr&amp;esence</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Vist navn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Recognised: {account}.</source>
        <translation>Genkendt: {account}.</translation>
    </message>
    <message>
        <source>Holds characters nobody can see ({characters}) that change how it reads. As written: {text}</source>
        <translation>Indeholder tegn, som ingen kan se ({characters}), og som ændrer, hvordan teksten læses. Som den er skrevet: {text}</translation>
    </message>
    <message>
        <source>Holder and care</source>
        <translation>Indehaver og drift</translation>
    </message>
    <message>
        <source>H&amp;older</source>
        <translation>&amp;Indehaver</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig af&amp;deling</translation>
    </message>
    <message>
        <source>&amp;Login email</source>
        <translation>&amp;Login-e-mail</translation>
    </message>
    <message>
        <source>&amp;Two-factor method</source>
        <translation>&amp;Tofaktormetode</translation>
    </message>
    <message>
        <source>Re&amp;view interval (months)</source>
        <translation>Interval for &amp;gennemgang (måneder)</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Purpose and &amp;mandate</source>
        <translation>Formål og &amp;mandat</translation>
    </message>
    <message>
        <source>Response e&amp;xpectations</source>
        <translation>Forv&amp;entet svartid</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Answer within (hours)</source>
        <translation>Svar inden for (timer)</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Wor&amp;king time per week (hours)</source>
        <translation>Arbejdstid pr. uge (timer)</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Eskaleringskontakt</translation>
    </message>
    <message>
        <source>Recognised: {platform} {presence} “{handle}”.</source>
        <translation type="vanished">Genkendt: {platform}-{presence} »{handle}«.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <source>Outside the company&apos;s domains ({domains}): this login could leave with the address&apos;s owner.</source>
        <translation>Uden for virksomhedens domæner ({domains}): dette login kan forsvinde sammen med den, der ejer adressen.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <source>Belongs to the company; whoever runs it does so for the company.</source>
        <translation>Tilhører virksomheden; den, der driver kontoen, gør det på virksomhedens vegne.</translation>
    </message>
    <message>
        <source>The person is present as an employee of the company; the account stays with the company.</source>
        <translation>Personen optræder som medarbejder i virksomheden; kontoen bliver i virksomheden.</translation>
    </message>
    <message>
        <source>Belongs to the holder; the employer can never take it over.</source>
        <translation>Tilhører indehaveren; arbejdsgiveren kan aldrig overtage den.</translation>
    </message>
    <message>
        <source>Flagged as a risk until someone settles whose it is.</source>
        <translation>Markeres som en risiko, indtil nogen afklarer, hvem den tilhører.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Employee role</source>
        <translation>Medarbejderrolle</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ikke kendt endnu</translation>
    </message>
    <message>
        <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
        <translation>En personlig konto tilhører sin indehaver. Arbejdsgiveren kan aldrig overtage den, så dens overdragelsesvilkår kan ikke overdrage den til en efterfølger eller til virksomheden.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Godkendelsesapp</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sikkerhedsnøgle</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Adgangsnøgle</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Transfer to the successor</source>
        <translation>Overdrag til efterfølgeren</translation>
    </message>
    <message>
        <source>Transfer to the company</source>
        <translation>Overdrag til virksomheden</translation>
    </message>
    <message>
        <source>The holder keeps it</source>
        <translation>Indehaveren beholder den</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>The platform the account is on</source>
        <translation>Den platform, kontoen findes på</translation>
    </message>
    <message>
        <source>The account&apos;s handle or address on its platform</source>
        <translation>Kontoens brugernavn eller adresse på platformen</translation>
    </message>
    <message>
        <source>The name the account shows</source>
        <translation>Det navn, kontoen viser</translation>
    </message>
    <message>
        <source>Whom the account belongs to: the company, an employee role, or a person</source>
        <translation>Hvem kontoen tilhører: virksomheden, en medarbejderrolle eller en person</translation>
    </message>
    <message>
        <source>Profile, page, group or channel</source>
        <translation>Profil, side, gruppe eller kanal</translation>
    </message>
    <message>
        <source>Active, dormant, archived or closed</source>
        <translation>Aktiv, hvilende, arkiveret eller lukket</translation>
    </message>
    <message>
        <source>No for a page or group someone made in the company&apos;s name without its mandate</source>
        <translation>Nej for en side eller gruppe, som nogen har oprettet i virksomhedens navn uden dens mandat</translation>
    </message>
    <message>
        <source>The person the account presents</source>
        <translation>Den person, kontoen præsenterer</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Adm.</translation>
    </message>
    <message>
        <source>How many people hold an active role on the account</source>
        <translation type="vanished">Hvor mange der har en aktiv rolle på kontoen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Gennemgås</translation>
    </message>
    <message>
        <source>When the account&apos;s record should next be confirmed</source>
        <translation>Hvornår oplysningerne om kontoen næste gang skal bekræftes</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
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
        <translation>Hvor mange der er aktive administratorer af kontoen ({roles}): dem, der kan tilføje og fjerne andre</translation>
    </message>
    <message>
        <source>What puts the account at risk, worst first</source>
        <translation>Hvad der udsætter kontoen for risiko, det alvorligste først</translation>
    </message>
    <message>
        <source>Could not be read; press {key}.</source>
        <translation>Kunne ikke læses; tryk {key}.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ikke kendt</translation>
    </message>
    <message>
        <source>{risk} ({severity}): {explanation}</source>
        <translation>{risk} ({severity}): {explanation}</translation>
    </message>
    <message>
        <source>The risks are being read.</source>
        <translation>Risiciene bliver læst.</translation>
    </message>
    <message>
        <source>No risks found.</source>
        <translation>Ingen risici fundet.</translation>
    </message>
    <message>
        <source>{platform} {presence}: {handle}</source>
        <translation type="vanished">{platform}-{presence}: {handle}</translation>
    </message>
    <message>
        <source>Could not be read; press F5.</source>
        <translation type="vanished">Kunne ikke læses; tryk F5.</translation>
    </message>
    <message>
        <source>Nobody holds an active role.</source>
        <translation>Ingen har en aktiv rolle.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Handle, display name, holder, administrator name or email</source>
        <translation>Brugernavn, vist navn, indehaver, administratornavn eller e-mail</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle platforme</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Official or not</source>
        <translation>Officiel eller ej</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Uofficiel</translation>
    </message>
    <message>
        <source>Only at &amp;risk</source>
        <translation>Kun med &amp;risiko</translation>
    </message>
    <message>
        <source>Only at risk</source>
        <translation>Kun med risiko</translation>
    </message>
    <message>
        <source>Register account…</source>
        <translation>Registrér konto…</translation>
    </message>
    <message>
        <source>Register account</source>
        <translation>Registrér konto</translation>
    </message>
    <message>
        <source>Register a new account (Ctrl+N)</source>
        <translation>Registrér en ny konto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Open the selected account (Enter or double-click)</source>
        <translation>Åbn den valgte konto (Enter eller dobbeltklik)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arkivér…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <source>Archive the selected account, keeping its record and history (Delete)</source>
        <translation>Arkivér den valgte konto; oplysningerne og historikken bevares (Delete)</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed…</source>
        <translation>Markér som &amp;gennemgået…</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <source>Confirm that the selected accounts&apos; records are true today (Ctrl+Shift+M)</source>
        <translation>Bekræft, at oplysningerne om de valgte konti er korrekte i dag (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Review r&amp;ound…</source>
        <translation>Gennemgangsr&amp;unde…</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Gennemgangsrunde</translation>
    </message>
    <message>
        <source>Go through every account due for review, by holder or unit</source>
        <translation>Gå alle konti igennem, der skal gennemgås, efter indehaver eller afdeling</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
        <translation>Importér konti fra et regneark (CSV) med forhåndsvisning først (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
        <translation>Eksportér ejerskabsrapporten over de viste konti til et regneark (CSV) (Ctrl+E)</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Indlæser konti…</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Viste konti</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Export the ownership report</source>
        <translation>Eksportér ejerskabsrapporten</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importér konti</translation>
    </message>
    <message>
        <source>Administrators not searched; press {key}</source>
        <translation>Søgt uden administratorer; tryk {key}</translation>
    </message>
    <message>
        <source>Administrators not searched; press F5</source>
        <translation type="vanished">Søgt uden administratorer; tryk F5</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>{total} account</source>
        <translation>{total} konto</translation>
    </message>
    <message>
        <source>{total} accounts</source>
        <translation>{total} konti</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} account</source>
        <translation>Viser {shown} af {total} konto</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} accounts</source>
        <translation>Viser {shown} af {total} konti</translation>
    </message>
    <message>
        <source>{account} ({display_name})</source>
        <translation>{account} ({display_name})</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}” ({display_name})</source>
        <translation type="vanished">{platform}-{presence} »{handle}« ({display_name})</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Arkivér konto</translation>
    </message>
    <message>
        <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
        <translation>Vil du arkivere {name}?

Kontoen bliver i registret med sine administratorer, overdragelsesvilkår og sin historik; den bliver ikke længere gennemgået eller markeret med risici.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Regneark (*.csv *.txt *.tsv *.xlsx *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The accounts could not be read again: {reason}</source>
        <translation>Kontiene kunne ikke indlæses igen: {reason}</translation>
    </message>
    <message>
        <source>Archived and closed accounts are not reviewed.</source>
        <translation>Arkiverede og lukkede konti gennemgås ikke.</translation>
    </message>
    <message>
        <source>Marking {count} accounts reviewed…</source>
        <translation>Markerer {count} konti som gennemgået…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
        <translation>{done} af {total} konti blev markeret som gennemgået; derefter: {reason}</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>The company&apos;s account: you use it for the company, and it stays with the company.</source>
        <translation>Virksomhedens konto: du bruger den for virksomheden, og den bliver i virksomheden.</translation>
    </message>
    <message>
        <source>Yours to use as an employee of {organisation}; when you leave it is handed over or renamed as agreed below.</source>
        <translation>Din at bruge som medarbejder i {organisation}; når du fratræder, overdrages eller omdøbes den som aftalt nedenfor.</translation>
    </message>
    <message>
        <source>Your own profile: it stays yours, also when you leave. The company can never take it over.</source>
        <translation>Din egen profil: den forbliver din, også når du fratræder. Virksomheden kan aldrig overtage den.</translation>
    </message>
    <message>
        <source>Whose account it is has not been recorded yet.</source>
        <translation>Det er endnu ikke registreret, hvis konto det er.</translation>
    </message>
    <message>
        <source>sharing company posts</source>
        <translation>deling af virksomhedens opslag</translation>
    </message>
    <message>
        <source>naming the employer</source>
        <translation>at nævne arbejdsgiveren</translation>
    </message>
    <message>
        <source>social selling</source>
        <translation>social selling</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>indehaver</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Ikke aftalt</translation>
    </message>
    <message>
        <source>Within {hours} hours</source>
        <translation>Inden for {hours} timer</translation>
    </message>
    <message>
        <source>also outside working hours</source>
        <translation>også uden for arbejdstid</translation>
    </message>
    <message>
        <source>within working hours</source>
        <translation>inden for arbejdstid</translation>
    </message>
    <message>
        <source>No handover terms are agreed yet.</source>
        <translation>Der er endnu ikke aftalt overdragelsesvilkår.</translation>
    </message>
    <message>
        <source>Version {version} of {day}: {disposition}</source>
        <translation>Version {version} af {day}: {disposition}</translation>
    </message>
    <message>
        <source>Version {version}, proposed, not yet agreed: {disposition}</source>
        <translation>Version {version}, foreslået, endnu ikke aftalt: {disposition}</translation>
    </message>
    <message>
        <source>successor: {name}</source>
        <translation>efterfølger: {name}</translation>
    </message>
    <message>
        <source>notice: {days} days</source>
        <translation>varsel: {days} dage</translation>
    </message>
    <message>
        <source>No consent recorded: the company asks nothing of this profile. Ambassador work on your own profile is voluntary, and you may withdraw at any time.</source>
        <translation>Intet samtykke registreret: virksomheden beder ikke om noget fra denne profil. Ambassadørarbejde på din egen profil er frivilligt, og du kan til enhver tid trække det tilbage.</translation>
    </message>
    <message>
        <source>Given; the company may ask: {scope}. You may withdraw it at any time.</source>
        <translation>Givet; virksomheden må bede om: {scope}. Du kan til enhver tid trække det tilbage.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Din rolle</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Ambassador consent</source>
        <translation>Ambassadørsamtykke</translation>
    </message>
    <message>
        <source>Mandate: what you may speak about</source>
        <translation>Mandat: hvad du må udtale dig om</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Forventet svartid</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Working time per week</source>
        <translation>Arbejdstid pr. uge</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} timer</translation>
    </message>
    <message>
        <source>Critical comments go to</source>
        <translation>Kritiske kommentarer går til</translation>
    </message>
    <message>
        <source>Agreement about social media accounts: {name}</source>
        <translation>Aftale om konti på sociale medier: {name}</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>virksomheden</translation>
    </message>
    <message>
        <source>Agreement about social media accounts</source>
        <translation>Aftale om konti på sociale medier</translation>
    </message>
    <message>
        <source>Holder: {who}</source>
        <translation>Indehaver: {who}</translation>
    </message>
    <message>
        <source>Position: {role}</source>
        <translation>Stilling: {role}</translation>
    </message>
    <message>
        <source>Prepared on {day}</source>
        <translation>Udarbejdet den {day}</translation>
    </message>
    <message>
        <source>Social-media policy: version {version}, in force since {day}</source>
        <translation>Politik for sociale medier: version {version}, gældende fra {day}</translation>
    </message>
    <message>
        <source>This lists each social media account {person} holds or administers for {organisation}, what it means for them and what is agreed about it. A personal profile stays its holder&apos;s own; an employee-role profile is theirs to use as an employee of {organisation} and is handed over or renamed on departure as agreed.</source>
        <translation>Her står hver konto på sociale medier, som {person} har eller administrerer for {organisation}, hvad den betyder for dem, og hvad der er aftalt om den. En personlig profil forbliver indehaverens egen; en profil i medarbejderrolle er deres at bruge som medarbejder i {organisation} og overdrages eller omdøbes ved fratrædelse som aftalt.</translation>
    </message>
    <message>
        <source>Accounts ({count})</source>
        <translation>Konti ({count})</translation>
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
        <translation>Ved underskrift er begge enige i det, der står ovenfor for hver konto. Når overdragelsesvilkårene eller mandatet ændres, er aftalen forældet, og en ny underskrives.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Navn:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="vanished">Underskrift:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="vanished">Dato:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="vanished">Underskrifter</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Indehaver</translation>
    </message>
    <message>
        <source>For the company</source>
        <translation>For virksomheden</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <source>{account}: handover terms now version {current} (agreed: {covered})</source>
        <translation type="vanished">{account}: overdragelsesvilkårene er nu version {current} (aftalt: {covered})</translation>
    </message>
    <message>
        <source>{account}: the mandate changed</source>
        <translation type="vanished">{account}: mandatet er ændret</translation>
    </message>
    <message>
        <source>{account}: held or administered now, not covered</source>
        <translation type="vanished">{account}: har eller administreres nu, ikke dækket</translation>
    </message>
    <message>
        <source>An agreement covers every account its person holds or administers, with the handover terms&apos; version and the mandate as they stood; when those change it is out of date.</source>
        <translation>En aftale dækker alle konti, personen har eller administrerer, med overdragelsesvilkårenes version og mandatet, som de var; når de ændres, er den forældet.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
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
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Record the holder&apos;s agreement</source>
        <translation>Registrér indehaverens aftale</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Vedhæft underskrevet scanning…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Åbn scanning</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Forældet</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanning</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Removed on anonymisation</source>
        <translation>Fjernet ved anonymisering</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Attach signed scan</source>
        <translation>Vedhæft underskrevet scanning</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Scanninger (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>AnonymisationNotice</name>
    <message>
        <source>Show people due…</source>
        <translation>Vis personer…</translation>
    </message>
    <message>
        <source>Show people due for anonymisation</source>
        <translation>Vis personer, der skal anonymiseres</translation>
    </message>
    <message>
        <source>People who left more than {months} months ago, the retention period, are due for anonymisation: {count}.</source>
        <translation>Personer, der fratrådte for mere end {months} måneder siden (opbevaringsperioden), skal anonymiseres: {count}.</translation>
    </message>
</context>
<context>
    <name>AnonymiseConfirmation</name>
    <message>
        <source>Anonymise {name}?</source>
        <translation>Anonymisér {name}?</translation>
    </message>
    <message>
        <source>Anonymise {count} people?</source>
        <translation>Anonymisér {count} personer?</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… og {count} til.</translation>
    </message>
    <message>
        <source>Their accounts, roles, handover terms, offboardings and the audit trail stay, naming them by the pseudonym. This cannot be undone.</source>
        <translation type="vanished">Deres konti, roller, overdragelsesvilkår, fratrædelser og revisionssporet bliver, men nævner dem ved pseudonymet. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Their accounts, roles, handover terms, offboardings, agreements and the audit trail stay, naming them by the pseudonym. This cannot be undone.</source>
        <translation>Deres konti, roller, overdragelsesvilkår, fratrædelser, aftaler og revisionssporet bliver, men nævner dem ved pseudonymet. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>&amp;Replace their name and email in these notes by the pseudonym</source>
        <translation>&amp;Erstat deres navn og e-mail i disse noter med pseudonymet</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisér</translation>
    </message>
    <message>
        <source>the name {name}</source>
        <translation>navnet {name}</translation>
    </message>
    <message>
        <source>the email {email}</source>
        <translation>e-mailen {email}</translation>
    </message>
    <message>
        <source>the title {title}</source>
        <translation>stillingen {title}</translation>
    </message>
    <message>
        <source>the manager link</source>
        <translation>lederen</translation>
    </message>
    <message>
        <source>the personal account {account}</source>
        <translation>den personlige konto {account}</translation>
    </message>
    <message>
        <source>the signed scan {file} ({document}, {date})</source>
        <translation>den underskrevne scanning {file} ({document}, {date})</translation>
    </message>
    <message>
        <source>{pseudonym} replaces: {removed}.</source>
        <translation>{pseudonym} erstatter: {removed}.</translation>
    </message>
    <message>
        <source>Notes that name them ({count}):</source>
        <translation>Noter, der nævner dem ({count}):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>{where}, {field}: “{text}”</source>
        <translation>{where}, {field}: »{text}«</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.

The details were also written to {path}.</source>
        <translation>Der skete noget, som Account Registry ikke havde forventet. Det, du har gemt tidligere, er i sikkerhed; den seneste handling er måske ikke gennemført.

Detaljerne er også skrevet til {path}.</translation>
    </message>
    <message>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
        <translation>Der skete noget, som Account Registry ikke havde forventet. Det, du har gemt tidligere, er i sikkerhed; den seneste handling er måske ikke gennemført.</translation>
    </message>
    <message>
        <source>The registry could not be opened.</source>
        <translation>Registret kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Advarsel om revisionssporet</translation>
    </message>
    <message>
        <source>The audit trail does not fit together: it was changed outside Account Registry.</source>
        <translation>Revisionssporet hænger ikke sammen: det er blevet ændret uden om Account Registry.</translation>
    </message>
    <message>
        <source>Restore a backup, or ask whoever looks after the registry; “accountregistry audit verify” shows the same.</source>
        <translation>Gendan en sikkerhedskopi, eller spørg den, der passer registret; »accountregistry audit verify« viser det samme.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}, then remove {leaver}</source>
        <translation>Overdrag rollen som {role} på {account} fra {leaver} til {successor}, og fjern derefter {leaver}</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} access to {account}</source>
        <translation>Fjern adgangen som {role} til {account} for {leaver}</translation>
    </message>
    <message>
        <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
        <translation>Skift adgangskoden til {account}, når {leaver} er stoppet, og gem den nye i nøgleringen</translation>
    </message>
    <message>
        <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}&apos;s</source>
        <translation>Skift login- og gendannelses-e-mailen for {account} fra {leaver_email} til en af virksomhedens postkasser, og skift også gendannelsestelefonen, hvis den tilhører {leaver}</translation>
    </message>
    <message>
        <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
        <translation>Flyt tofaktorenheden for {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <source>Find out whether the two-factor login of {account} depends on {leaver}&apos;s phone or key</source>
        <translation>Find ud af, om tofaktorlogin på {account} afhænger af en telefon eller nøgle, som {leaver} har</translation>
    </message>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}: it was made in the company&apos;s name, so it and its members stay with the company</source>
        <translation>Overdrag rollen som {role} på {account} fra {leaver} til {successor}: den er oprettet i virksomhedens navn, så den og dens medlemmer bliver i virksomheden</translation>
    </message>
    <message>
        <source>Decide whether {account}, made by {leaver} in the company&apos;s name, becomes an official company account or is closed</source>
        <translation>Beslut, om {account}, som {leaver} har oprettet i virksomhedens navn, skal være en officiel virksomhedskonto eller lukkes</translation>
    </message>
    <message>
        <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
        <translation>Aftal med {leaver}, hvad der skal ske med {account} (overdrages, arkiveres eller lukkes); der er ikke registreret overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Transfer {account} to {successor} and rename it to {successor}&apos;s name, as agreed</source>
        <translation>Overdrag {account} til {successor}, og omdøb den til {successor}, som aftalt</translation>
    </message>
    <message>
        <source>Turn {account} into a company account, as agreed, and hand {leaver}&apos;s {role} role to {successor}</source>
        <translation>Gør {account} til en virksomhedskonto som aftalt, og overdrag rollen som {role} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <source>Archive {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Arkivér {account} som aftalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <source>Close {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Luk {account} som aftalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}&apos;s {role} role in the registry</source>
        <translation>{leaver} beholder {account} som aftalt: omdøb den, så den ikke længere taler på virksomhedens vegne, og fjern rollen som {role} for {leaver} i registret</translation>
    </message>
    <message>
        <source>Update the bio of {account}: {leaver} no longer works for the company</source>
        <translation>Opdatér profilteksten på {account}: {leaver} arbejder ikke længere i virksomheden</translation>
    </message>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}</source>
        <translation>Overdrag rollen som {role} på {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <source>Update the title and employer on {account} (it stays {leaver}&apos;s own profile)</source>
        <translation>Opdatér titel og arbejdsgiver på {account} (profilen tilhører fortsat {leaver} selv)</translation>
    </message>
    <message>
        <source>Step down, from {account}, as administrator of the company&apos;s pages and groups</source>
        <translation>Træd ud som administrator af virksomhedens sider og grupper fra {account}</translation>
    </message>
    <message>
        <source>Record that {leaver}&apos;s ambassador consent for {account} ends on the last working day</source>
        <translation>Registrér, at samtykket fra {leaver} til at være ambassadør med {account} ophører på sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
        <translation>Fjern rollen som {role} på {account} for {leaver} fra registret: virksomheden administrerer den ikke længere, og profilen bliver hos sin indehaver</translation>
    </message>
    <message>
        <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
        <translation>Slet det gemte login til {account} fra nøgleringen: det er en personlig profil</translation>
    </message>
    <message>
        <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
        <translation>Find ud af, hvem {account} tilhører, og registrér dens type, før {leaver} fratræder</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account} once it is settled whose account it is</source>
        <translation>Fjern rollen som {role} på {account} for {leaver}, når det er afklaret, hvem kontoen tilhører</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account}, which is no longer in use</source>
        <translation>Fjern rollen som {role} på {account} for {leaver}; kontoen er ikke længere i brug</translation>
    </message>
    <message>
        <source>Confirm that no company account still logs in or recovers its password with {leaver}&apos;s mailbox {leaver_email}</source>
        <translation>Bekræft, at ingen af virksomhedens konti længere logger ind eller gendanner adgangskoden med postkassen {leaver_email}, som tilhører {leaver}</translation>
    </message>
    <message>
        <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
        <translation>Indhent underskrifter fra {leaver} og virksomheden på overdragelseserklæringen</translation>
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
        <translation>ejer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktør</translation>
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
        <translation>administrator</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <source>transfer to successor</source>
        <translation>overdragelse til efterfølger</translation>
    </message>
    <message>
        <source>transfer to company</source>
        <translation>overdragelse til virksomheden</translation>
    </message>
    <message>
        <source>holder keeps</source>
        <translation>indehaveren beholder den</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <source>close</source>
        <translation>lukning</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>intet aftalt</translation>
    </message>
    <message>
        <source>(no work email recorded)</source>
        <translation>(ingen arbejds-e-mail registreret)</translation>
    </message>
    <message>
        <source>the successor</source>
        <translation>efterfølgeren</translation>
    </message>
    <message>
        <source>{name} (leaver)</source>
        <translation>{name} (fratræder)</translation>
    </message>
    <message>
        <source>{name} (successor)</source>
        <translation>{name} (efterfølger)</translation>
    </message>
    <message>
        <source>Successor (not chosen yet)</source>
        <translation>Efterfølger (ikke valgt endnu)</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>page</source>
        <translation>side</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>Other {presence} “{name}”</source>
        <translation>{presence} »{name}« på en anden platform</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Andet</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} »{name}«</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Settle who owns which social media accounts before anyone leaves. Without a command, opens the window.</source>
        <translation>Afklar, hvem der ejer hvilke konti på sociale medier, før nogen fratræder. Uden en kommando åbnes vinduet.</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>vis programmets versionsnummer og afslut</translation>
    </message>
    <message>
        <source>language of messages: en, da, sv or nb (default: $ACCOUNTREGISTRY_LANGUAGE, else your locale)</source>
        <translation>sproget i meddelelser: en, da, sv eller nb (standard: $ACCOUNTREGISTRY_LANGUAGE, ellers dit systemsprog)</translation>
    </message>
    <message>
        <source>database file or URL (default: $ACCOUNTREGISTRY_DB, else a file in your data folder)</source>
        <translation>databasefil eller URL (standard: $ACCOUNTREGISTRY_DB, ellers en fil i din datamappe)</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic sample organisation</source>
        <translation>fyld en tom database med en realistisk eksempelorganisation</translation>
    </message>
    <message>
        <source>show or change the organisation&apos;s settings</source>
        <translation>vis eller ændr organisationens indstillinger</translation>
    </message>
    <message>
        <source>the organisation&apos;s people: list, add, change, export</source>
        <translation>organisationens personer: vis, tilføj, ændr, eksportér</translation>
    </message>
    <message>
        <source>register one account from its address (or --platform and --handle)</source>
        <translation>registrér en konto ud fra dens adresse (eller --platform og --handle)</translation>
    </message>
    <message>
        <source>show or change one account (for scripts)</source>
        <translation>vis eller ændr en konto (til scripts)</translation>
    </message>
    <message>
        <source>write the ownership report (one row per account) to a CSV file or an .xlsx or .ods workbook</source>
        <translation>skriv ejerskabsrapporten (en række pr. konto) til en CSV-fil eller en .xlsx- eller .ods-projektmappe</translation>
    </message>
    <message>
        <source>add and update accounts from a CSV file or an .xlsx or .ods workbook (all rows or none)</source>
        <translation>tilføj og opdatér konti fra en CSV-fil eller en .xlsx- eller .ods-projektmappe (alle rækker eller ingen)</translation>
    </message>
    <message>
        <source>run a leaver&apos;s offboarding checklist</source>
        <translation>følg en fratræders tjekliste for fratrædelsen</translation>
    </message>
    <message>
        <source>list every account&apos;s risks (one line per account and risk)</source>
        <translation>vis alle kontis risici (en linje pr. konto og risiko)</translation>
    </message>
    <message>
        <source>periodic reviews: what is due, and marking accounts reviewed</source>
        <translation>periodiske gennemgange: hvad der forfalder, og markering af konti som gennemgået</translation>
    </message>
    <message>
        <source>company logins kept in the operating system&apos;s keyring</source>
        <translation>virksomhedens logins gemt i styresystemets nøglering</translation>
    </message>
    <message>
        <source>bring the database&apos;s schema up to this version (a backup is taken first)</source>
        <translation>opdatér databasens skema til denne version (der tages først en sikkerhedskopi)</translation>
    </message>
    <message>
        <source>copy the whole registry (with its audit trail) into an empty database on a shared server</source>
        <translation>kopiér hele registret (med revisionssporet) til en tom database på en delt server</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation>skriv en sammenhængende kopi af databasen til FILE</translation>
    </message>
    <message>
        <source>who may read, edit or own a registry on a shared server</source>
        <translation>hvem der må læse, redigere eller eje et register på en delt server</translation>
    </message>
    <message>
        <source>a holder&apos;s consent to ambassador work on their own profile</source>
        <translation>en indehavers samtykke til ambassadørarbejde på egen profil</translation>
    </message>
    <message>
        <source>the social-media policy: versions, texts per area, acknowledgements</source>
        <translation>politikken for sociale medier: versioner, tekster pr. område, kvitteringer</translation>
    </message>
    <message>
        <source>the holder&apos;s agreement and the handover confirmation: write it as a PDF, record, attach signed scans, list</source>
        <translation>indehaverens aftale og overdragelseserklæringen: skriv som PDF, registrér, vedhæft underskrevne scanninger, vis</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain, or export it with its hashes</source>
        <translation>kontrollér revisionssporets hashkæde, eller eksportér det med dets hashværdier</translation>
    </message>
    <message>
        <source>print the organisation&apos;s settings</source>
        <translation>udskriv organisationens indstillinger</translation>
    </message>
    <message>
        <source>change one or more settings (the others stay as they are)</source>
        <translation>ændr en eller flere indstillinger (de andre forbliver som de er)</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>organisationens navn</translation>
    </message>
    <message>
        <source>the company&apos;s email domains, comma-separated (an address or web address is reduced to its domain); an empty value clears them</source>
        <translation>virksomhedens e-maildomæner, kommaseparerede (en adresse eller webadresse reduceres til sit domæne); en tom værdi rydder dem</translation>
    </message>
    <message>
        <source>default months between reviews of an account (1 to 60)</source>
        <translation>standardantal måneder mellem gennemgange af en konto (1 til 60)</translation>
    </message>
    <message>
        <source>whose public holidays due dates skip: DK, SE, NO or none</source>
        <translation>hvilket lands helligdage forfaldsdatoer springer over: DK, SE, NO eller none</translation>
    </message>
    <message>
        <source>the company&apos;s closing days, comma-separated: 24.12 every year, 2027-05-07 once; replaces the list (an empty value clears it)</source>
        <translation>virksomhedens lukkedage, kommaseparerede: 24.12 hvert år, 2027-05-07 én gang; erstatter listen (en tom værdi rydder den)</translation>
    </message>
    <message>
        <source>months that what is kept about people who left is kept (1 to 120)</source>
        <translation>antal måneder, oplysninger om fratrådte personer opbevares (1 til 120)</translation>
    </message>
    <message>
        <source>list everyone (or only those leaving)</source>
        <translation>vis alle (eller kun dem, der fratræder)</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>tilføj en person</translation>
    </message>
    <message>
        <source>change a person: FIELD=VALUE ... (an empty VALUE clears it)</source>
        <translation>ændr en person: FIELD=VALUE ... (en tom VALUE rydder feltet)</translation>
    </message>
    <message>
        <source>write everyone to a file that people import reads</source>
        <translation>skriv alle til en fil, som people import kan læse</translation>
    </message>
    <message>
        <source>add and update people from an HR file (any error: nothing is written)</source>
        <translation>tilføj og opdatér personer fra en HR-fil (ved en fejl skrives intet)</translation>
    </message>
    <message>
        <source>replace people who left by a pseudonym (cannot be undone)</source>
        <translation>erstat fratrådte personer med et pseudonym (kan ikke fortrydes)</translation>
    </message>
    <message>
        <source>everything held about one person (an access request), as JSON, or as a readable PDF when FILE ends in .pdf</source>
        <translation>alt, der er registreret om én person (en indsigtsanmodning), som JSON, eller som en læsbar PDF, når FILE ender på .pdf</translation>
    </message>
    <message>
        <source>only people recorded as leaving</source>
        <translation>kun personer, der er registreret som fratrædende</translation>
    </message>
    <message>
        <source>work email (the key)</source>
        <translation>arbejdsmail (nøglen)</translation>
    </message>
    <message>
        <source>one of employed, leaving, left, external (default employed)</source>
        <translation>en af employed, leaving, left, external (standard employed)</translation>
    </message>
    <message>
        <source>last working day, e.g. 2026-12-31 or 31.12.2026</source>
        <translation>sidste arbejdsdag, f.eks. 2026-12-31 eller 31.12.2026</translation>
    </message>
    <message>
        <source>the manager&apos;s work email</source>
        <translation>lederens arbejdsmail</translation>
    </message>
    <message>
        <source>the person&apos;s work email</source>
        <translation>personens arbejdsmail</translation>
    </message>
    <message>
        <source>fields: department, email, employment_status, last_day, last_working_day, login, manager, manager_email, name, status, title, work_email</source>
        <translation>felter: department, email, employment_status, last_day, last_working_day, login, manager, manager_email, name, status, title, work_email</translation>
    </message>
    <message>
        <source>refuse the change if the person was changed since version N (see people list)</source>
        <translation>afvis ændringen, hvis personen er ændret siden version N (se people list)</translation>
    </message>
    <message>
        <source>the file to write; its name&apos;s suffix chooses the format (.csv, .xlsx, .ods)</source>
        <translation>filen, der skal skrives; filnavnets endelse vælger formatet (.csv, .xlsx, .ods)</translation>
    </message>
    <message>
        <source>the format, whatever the file&apos;s name says</source>
        <translation>formatet, uanset hvad filnavnet siger</translation>
    </message>
    <message>
        <source>&apos;;&apos; (default in most of Europe), &apos;,&apos; or tab</source>
        <translation>&apos;;&apos; (standard i det meste af Europa), &apos;,&apos; eller tabulator</translation>
    </message>
    <message>
        <source>a CSV file, or an .xlsx or .ods workbook</source>
        <translation>en CSV-fil eller en .xlsx- eller .ods-projektmappe</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>det ark i projektmappen, der skal læses (standard: det første)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>vis, hvad der ville blive ændret; skriv intet</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>importér rækkerne uden fejl, spring de andre over</translation>
    </message>
    <message>
        <source>work email or person id</source>
        <translation>arbejdsmail eller person-id</translation>
    </message>
    <message>
        <source>everyone past the organisation&apos;s retention period</source>
        <translation>alle, hvis opbevaringsperiode i organisationen er udløbet</translation>
    </message>
    <message>
        <source>show what would be removed, and the notes that name them; change nothing</source>
        <translation>vis, hvad der ville blive fjernet, og de noter, der nævner dem; ændr intet</translation>
    </message>
    <message>
        <source>leave notes and reasons that name them as they are (default: their name there becomes the pseudonym)</source>
        <translation>lad noter og begrundelser, der nævner dem, være som de er (standard: deres navn dér bliver til pseudonymet)</translation>
    </message>
    <message>
        <source>FILE.json or FILE.pdf</source>
        <translation>FILE.json eller FILE.pdf</translation>
    </message>
    <message>
        <source>write over FILE if it exists</source>
        <translation>overskriv FILE, hvis den findes</translation>
    </message>
    <message>
        <source>the account&apos;s web address, as pasted</source>
        <translation>kontoens webadresse, som den er indsat</translation>
    </message>
    <message>
        <source>the platform, when typing a handle instead of an address</source>
        <translation>platformen, når du skriver et brugernavn i stedet for en adresse</translation>
    </message>
    <message>
        <source>the account&apos;s handle on --platform</source>
        <translation>kontoens brugernavn på --platform</translation>
    </message>
    <message>
        <source>profile, page, group or channel (default: what the address shows)</source>
        <translation>profile, page, group eller channel (standard: hvad adressen viser)</translation>
    </message>
    <message>
        <source>the account&apos;s name as the platform shows it</source>
        <translation>kontoens navn, som platformen viser det</translation>
    </message>
    <message>
        <source>whose account it is</source>
        <translation>hvis konto det er</translation>
    </message>
    <message>
        <source>print an account&apos;s fields and its version</source>
        <translation>udskriv en kontos felter og dens version</translation>
    </message>
    <message>
        <source>change fields of an account: FIELD=VALUE ...</source>
        <translation>ændr felter på en konto: FIELD=VALUE ...</translation>
    </message>
    <message>
        <source>the account&apos;s id or any address of it</source>
        <translation>kontoens id eller en af dens adresser</translation>
    </message>
    <message>
        <source>a field `account show --format json` prints, except the address (platform, presence, handle, url), id and version; holder and escalation by work email; yes/no for official, outside_working_hours, ambassador; an empty VALUE clears the field</source>
        <translation>et felt, som `account show --format json` udskriver, undtagen adressen (platform, presence, handle, url), id og version; holder og escalation med arbejdsmail; yes/no for official, outside_working_hours, ambassador; en tom VALUE rydder feltet</translation>
    </message>
    <message>
        <source>refuse if the account&apos;s version is no longer N (someone changed it)</source>
        <translation>afvis, hvis kontoens version ikke længere er N (nogen har ændret den)</translation>
    </message>
    <message>
        <source>data (default): the documented header and stored values, for programs and import; people: headers, values and risks in your language</source>
        <translation>data (standard): den dokumenterede overskrift og de gemte værdier, til programmer og import; people: overskrifter, værdier og risici på dit sprog</translation>
    </message>
    <message>
        <source>cell separator (default: your locale&apos;s list separator)</source>
        <translation>celleadskiller (standard: dit systems listeseparator)</translation>
    </message>
    <message>
        <source>only accounts of this kind (company, employee_role, personal, unknown)</source>
        <translation>kun konti af denne type (company, employee_role, personal, unknown)</translation>
    </message>
    <message>
        <source>only accounts on this platform (e.g. linkedin)</source>
        <translation>kun konti på denne platform (f.eks. linkedin)</translation>
    </message>
    <message>
        <source>only accounts with this status (e.g. active)</source>
        <translation>kun konti med denne status (f.eks. active)</translation>
    </message>
    <message>
        <source>check the file and show what would change; write nothing</source>
        <translation>kontrollér filen og vis, hvad der ville blive ændret; skriv intet</translation>
    </message>
    <message>
        <source>import the valid rows even if others have errors</source>
        <translation>importér de gyldige rækker, selv om andre har fejl</translation>
    </message>
    <message>
        <source>also import the rows that would grant again a role an offboarding took away, or one revoked after the file was exported (left out otherwise)</source>
        <translation>importér også de rækker, der ville give en rolle igen, som en fratrædelse har fjernet, eller som blev fjernet efter eksporten af filen (ellers udeladt)</translation>
    </message>
    <message>
        <source>start an offboarding and print its checklist</source>
        <translation>start en fratrædelse og udskriv dens tjekliste</translation>
    </message>
    <message>
        <source>write the handover confirmation both sign, as a PDF</source>
        <translation>skriv overdragelseserklæringen, som begge underskriver, som PDF</translation>
    </message>
    <message>
        <source>print a leaver&apos;s checklist: items, status, due dates, blockers</source>
        <translation>udskriv en fratræders tjekliste: punkter, status, forfaldsdatoer, hindringer</translation>
    </message>
    <message>
        <source>complete an item (a handover item moves the roles)</source>
        <translation>afslut et punkt (et overdragelsespunkt flytter rollerne)</translation>
    </message>
    <message>
        <source>settle an item without doing it, with a reason</source>
        <translation>afklar et punkt uden at udføre det, med en begrundelse</translation>
    </message>
    <message>
        <source>close a settled offboarding (refused, listing what remains, while anything is open)</source>
        <translation>luk en afklaret fratrædelse (afvises med en liste over det resterende, så længe noget er åbent)</translation>
    </message>
    <message>
        <source>cancel an open offboarding (it is kept, marked cancelled)</source>
        <translation>annullér en åben fratrædelse (den bevares, markeret som annulleret)</translation>
    </message>
    <message>
        <source>reopen a closed or cancelled offboarding</source>
        <translation>genåbn en lukket eller annulleret fratrædelse</translation>
    </message>
    <message>
        <source>write a leaver&apos;s checklist to a CSV file</source>
        <translation>skriv en fratræders tjekliste til en CSV-fil</translation>
    </message>
    <message>
        <source>list the open items of every offboarding, overdue first (for cron jobs and e-mails)</source>
        <translation>vis de åbne punkter i alle fratrædelser, de forfaldne først (til cron-job og e-mails)</translation>
    </message>
    <message>
        <source>write a leaver&apos;s open items as an iCalendar file (one all-day event per item)</source>
        <translation>skriv en fratræders åbne punkter som en iCalendar-fil (en heldagsbegivenhed pr. punkt)</translation>
    </message>
    <message>
        <source>the leaver&apos;s work email</source>
        <translation>fratræderens arbejdsmail</translation>
    </message>
    <message>
        <source>work email of who takes over the leaver&apos;s roles</source>
        <translation>arbejdsmail for den, der overtager fratræderens roller</translation>
    </message>
    <message>
        <source>print the checklist without starting the case</source>
        <translation>udskriv tjeklisten uden at starte sagen</translation>
    </message>
    <message>
        <source>the person stays (another department or role): settle their accounts by --last-day without recording them as leaving</source>
        <translation>personen bliver (en anden afdeling eller rolle): afklar deres konti senest --last-day uden at registrere dem som fratrædende</translation>
    </message>
    <message>
        <source>only items due within this many days (overdue items are always listed)</source>
        <translation>kun punkter, der forfalder inden for så mange dage (forfaldne punkter vises altid)</translation>
    </message>
    <message>
        <source>only items of this function (HR, in any language) or person (name or work email)</source>
        <translation>kun punkter for denne funktion (HR, på ethvert sprog) eller person (navn eller arbejdsmail)</translation>
    </message>
    <message>
        <source>only items of this function (HR) or person (name or work email)</source>
        <translation type="vanished">kun punkter for denne funktion (HR) eller person (navn eller arbejdsmail)</translation>
    </message>
    <message>
        <source>exit with status 3 when any listed item is overdue</source>
        <translation>afslut med status 3, når et af de viste punkter er forfaldent</translation>
    </message>
    <message>
        <source>a table for people (default) or CSV for other programs</source>
        <translation>en tabel til mennesker (standard) eller CSV til andre programmer</translation>
    </message>
    <message>
        <source>exit with status 3 if any risk is this severe or worse (low, medium, high)</source>
        <translation>afslut med status 3, hvis en risiko er så alvorlig eller værre (low, medium, high)</translation>
    </message>
    <message>
        <source>list the accounts due for review, grouped</source>
        <translation>vis de konti, der skal gennemgås, grupperet</translation>
    </message>
    <message>
        <source>record that an account&apos;s record was confirmed today</source>
        <translation>registrér, at en kontos oplysninger er bekræftet i dag</translation>
    </message>
    <message>
        <source>group by the account&apos;s holder (default) or its responsible unit</source>
        <translation>gruppér efter kontoens indehaver (standard) eller dens ansvarlige afdeling</translation>
    </message>
    <message>
        <source>write the round as a CSV checklist to FILE instead of listing it</source>
        <translation>skriv runden som en CSV-tjekliste til FILE i stedet for at vise den</translation>
    </message>
    <message>
        <source>the account&apos;s id or address</source>
        <translation>kontoens id eller adresse</translation>
    </message>
    <message>
        <source>what was checked, kept in the audit trail</source>
        <translation>hvad der blev kontrolleret, gemt i revisionssporet</translation>
    </message>
    <message>
        <source>store or replace a login, read from standard input (typed without echo at a terminal)</source>
        <translation>gem eller erstat et login, læst fra standardinput (skrevet uden visning i en terminal)</translation>
    </message>
    <message>
        <source>which accounts have stored logins and when they were rotated (never the secrets)</source>
        <translation>hvilke konti der har gemte logins, og hvornår de blev skiftet (aldrig hemmelighederne)</translation>
    </message>
    <message>
        <source>record that an account&apos;s login was changed at the platform</source>
        <translation>registrér, at en kontos login er ændret på platformen</translation>
    </message>
    <message>
        <source>which part of the login: password, recovery_codes, two_factor_notes</source>
        <translation>hvilken del af loginet: password, recovery_codes, two_factor_notes</translation>
    </message>
    <message>
        <source>one account&apos;s id or address</source>
        <translation>én kontos id eller adresse</translation>
    </message>
    <message>
        <source>the server database, e.g. postgresql://user@host/registry</source>
        <translation>serverdatabasen, f.eks. postgresql://user@host/registry</translation>
    </message>
    <message>
        <source>create the roles registry_reader, registry_editor and registry_owner and hand the tables to the owner role (run once)</source>
        <translation>opret rollerne registry_reader, registry_editor og registry_owner, og giv ejerrollen tabellerne (køres én gang)</translation>
    </message>
    <message>
        <source>give a database login a role</source>
        <translation>giv et databaselogin en rolle</translation>
    </message>
    <message>
        <source>take a role from a database login</source>
        <translation>tag en rolle fra et databaselogin</translation>
    </message>
    <message>
        <source>the person&apos;s database login</source>
        <translation>personens databaselogin</translation>
    </message>
    <message>
        <source>reader, editor or owner</source>
        <translation>reader, editor eller owner</translation>
    </message>
    <message>
        <source>record the holder&apos;s consent for a personal profile</source>
        <translation>registrér indehaverens samtykke for en personlig profil</translation>
    </message>
    <message>
        <source>record that the holder withdrew their consent (never refused)</source>
        <translation>registrér, at indehaveren har trukket sit samtykke tilbage (afvises aldrig)</translation>
    </message>
    <message>
        <source>the consent register: who, which profile, given, withdrawn</source>
        <translation>samtykkeregistret: hvem, hvilken profil, givet, trukket tilbage</translation>
    </message>
    <message>
        <source>the profile&apos;s id or address</source>
        <translation>profilens id eller adresse</translation>
    </message>
    <message>
        <source>what the company may ask, comma-separated or repeated: share_company_posts, name_employer, social_selling</source>
        <translation>hvad virksomheden må bede om, kommasepareret eller gentaget: share_company_posts, name_employer, social_selling</translation>
    </message>
    <message>
        <source>work email of who asked for the consent</source>
        <translation>arbejdsmail for den, der bad om samtykket</translation>
    </message>
    <message>
        <source>when the consent was given (default: today)</source>
        <translation>hvornår samtykket blev givet (standard: i dag)</translation>
    </message>
    <message>
        <source>from when (default: today)</source>
        <translation>fra hvornår (standard: i dag)</translation>
    </message>
    <message>
        <source>the holder&apos;s reason, or how they said it</source>
        <translation>indehaverens begrundelse, eller hvordan de sagde det</translation>
    </message>
    <message>
        <source>also take the profile off the ambassador list</source>
        <translation>fjern også profilen fra ambassadørlisten</translation>
    </message>
    <message>
        <source>only this holder&apos;s records</source>
        <translation>kun denne indehavers registreringer</translation>
    </message>
    <message>
        <source>record a new version of the policy</source>
        <translation>registrér en ny version af politikken</translation>
    </message>
    <message>
        <source>every version, newest first, with how many acknowledged it</source>
        <translation>alle versioner, nyeste først, med hvor mange der har kvitteret for dem</translation>
    </message>
    <message>
        <source>a version&apos;s texts and who acknowledged it</source>
        <translation>en versions tekster, og hvem der har kvitteret for den</translation>
    </message>
    <message>
        <source>write a version of the policy as a PDF (headings in the current language)</source>
        <translation>skriv en version af politikken som PDF (overskrifter på det aktuelle sprog)</translation>
    </message>
    <message>
        <source>record that a person acknowledged a version</source>
        <translation>registrér, at en person har kvitteret for en version</translation>
    </message>
    <message>
        <source>record acknowledgements from a list: work email and date per line</source>
        <translation>registrér kvitteringer fra en liste: arbejdsmail og dato pr. linje</translation>
    </message>
    <message>
        <source>the day it takes effect</source>
        <translation>den dag, den træder i kraft</translation>
    </message>
    <message>
        <source>who approved it</source>
        <translation>hvem der godkendte den</translation>
    </message>
    <message>
        <source>the text for an area, repeated; areas: working_hours, colleagues_and_managers, privacy_settings, confidential_information, transparency, consideration, language, working_time, response_expectations</source>
        <translation>teksten for et område, gentaget; områder: working_hours, colleagues_and_managers, privacy_settings, confidential_information, transparency, consideration, language, working_time, response_expectations</translation>
    </message>
    <message>
        <source>an area of the company&apos;s own, with its heading, repeated</source>
        <translation>et område, virksomheden selv har tilføjet, med overskrift, gentaget</translation>
    </message>
    <message>
        <source>default: the version in force</source>
        <translation>standard: den gældende version</translation>
    </message>
    <message>
        <source>when (default: today)</source>
        <translation>hvornår (standard: i dag)</translation>
    </message>
    <message>
        <source>whose agreement to write (with -o)</source>
        <translation>hvis aftale der skal skrives (med -o)</translation>
    </message>
    <message>
        <source>write the holder&apos;s agreement as a PDF</source>
        <translation>skriv indehaverens aftale som PDF</translation>
    </message>
    <message>
        <source>record that a person agreed (covering their accounts as they are)</source>
        <translation>registrér, at en person har indgået aftalen (for deres konti, som de er nu)</translation>
    </message>
    <message>
        <source>keep a signed scan (PDF, PNG or JPEG, at most 20 MB) with an agreement</source>
        <translation>gem en underskrevet scanning (PDF, PNG eller JPEG, højst 20 MB) med en aftale</translation>
    </message>
    <message>
        <source>a person&apos;s agreements, newest first, and whether each is up to date</source>
        <translation>en persons aftaler, nyeste først, og om hver er ajour</translation>
    </message>
    <message>
        <source>write a kept scan to a file</source>
        <translation>skriv en gemt scanning til en fil</translation>
    </message>
    <message>
        <source>when they agreed (default: today)</source>
        <translation>hvornår de indgik aftalen (standard: i dag)</translation>
    </message>
    <message>
        <source>the handover confirmation of the person&apos;s offboarding, not the holder&apos;s agreement</source>
        <translation>overdragelseserklæringen for personens fratrædelse, ikke indehaverens aftale</translation>
    </message>
    <message>
        <source>a signed scan kept with it (PDF, PNG or JPEG, at most 20 MB); a refused scan records nothing</source>
        <translation>en underskrevet scanning, der gemmes med den (PDF, PNG eller JPEG, højst 20 MB); afvises scanningen, registreres intet</translation>
    </message>
    <message>
        <source>check every event&apos;s hash and link and the database&apos;s protection; name the first event that does not fit</source>
        <translation>kontrollér hver hændelses hash og kæde samt databasens beskyttelse; nævn den første hændelse, der ikke passer</translation>
    </message>
    <message>
        <source>write the whole trail with its hashes as JSON Lines</source>
        <translation>skriv hele sporet med hashværdier som JSON Lines</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerede eksplicit argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter skal angives: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>forventede højst ét argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>forventede mindst ét argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>forventede %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>forventede %s argumenter</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan betyde %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan ikke åbne &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: %(message)s (see “%(prog)s --help”)</source>
        <translation>%(prog)s: %(message)s (se »%(prog)s --help«)</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>&amp;Listed for ambassador work</source>
        <translation>Op&amp;ført som ambassadør</translation>
    </message>
    <message>
        <source>Listed for ambassador work</source>
        <translation>Opført som ambassadør</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <source>Record consen&amp;t</source>
        <translation>Registrér &amp;samtykke</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Givet den</translation>
    </message>
    <message>
        <source>The company may ask</source>
        <translation>Virksomheden må bede om</translation>
    </message>
    <message>
        <source>As&amp;ked by</source>
        <translation>S&amp;purgt af</translation>
    </message>
    <message>
        <source>Record a withdrawal</source>
        <translation>Registrér en tilbagetrækning</translation>
    </message>
    <message>
        <source>How the holder said it, if they gave a reason</source>
        <translation>Hvordan indehaveren sagde det, hvis der blev givet en grund</translation>
    </message>
    <message>
        <source>Also take the profile off the ambassador list</source>
        <translation>Fjern også profilen fra ambassadørlisten</translation>
    </message>
    <message>
        <source>Record withdr&amp;awal</source>
        <translation>Registrér &amp;tilbagetrækning</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrér tilbagetrækning</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on</source>
        <translation>Trukket tilbage &amp;den</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>May be asked</source>
        <translation>Må spørges om</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurgt af</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbage den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtykkeregistreringer</translation>
    </message>
    <message>
        <source>Only a personal profile is listed for ambassador work with its holder&apos;s consent. This account is the company&apos;s to use: it needs nobody&apos;s consent.</source>
        <translation>Kun en personlig profil opføres som ambassadør, med indehaverens samtykke. Denne konto er virksomhedens at bruge: den kræver ingens samtykke.</translation>
    </message>
    <message>
        <source>Consent given and withdrawn, newest first</source>
        <translation>Samtykker givet og trukket tilbage, nyeste først</translation>
    </message>
    <message>
        <source>Consent in force since {day}: {scope}.</source>
        <translation>Samtykke gældende siden {day}: {scope}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {day}.</source>
        <translation>Samtykke trukket tilbage den {day}.</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Der er ikke registreret noget samtykke.</translation>
    </message>
    <message>
        <source>The profile is still listed for ambassador work: take it off the list, or record the holder&apos;s consent.</source>
        <translation>Profilen er stadig opført som ambassadør: fjern den fra listen, eller registrér indehaverens samtykke.</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Filter by holder, profile, who asked or note</source>
        <translation>Filtrér efter indehaver, profil, hvem der spurgte, eller note</translation>
    </message>
    <message>
        <source>Filter consent records</source>
        <translation>Filtrér samtykkeregistreringer</translation>
    </message>
    <message>
        <source>Show consent</source>
        <translation>Vis samtykke</translation>
    </message>
    <message>
        <source>Every record</source>
        <translation>Alle registreringer</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Gældende i dag</translation>
    </message>
    <message>
        <source>Withdrawn or refused</source>
        <translation>Trukket tilbage eller afslået</translation>
    </message>
    <message>
        <source>&amp;Export shown…</source>
        <translation>&amp;Eksportér viste…</translation>
    </message>
    <message>
        <source>Export the shown consent records</source>
        <translation>Eksportér de viste samtykkeregistreringer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Indehaver</translation>
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
        <translation>Må spørges om</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurgt af</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbage den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtykkeregistreringer</translation>
    </message>
    <message>
        <source>Sharing company content on one&apos;s own profile is voluntary: a holder may withdraw consent at any time, and a withdrawal is always recorded.</source>
        <translation>Det er frivilligt at dele virksomhedens indhold på sin egen profil: indehaveren kan til enhver tid trække sit samtykke tilbage, og en tilbagetrækning registreres altid.</translation>
    </message>
    <message>
        <source>{shown} of {total} records; {in_force} in force today.</source>
        <translation>{shown} af {total} registreringer; {in_force} gældende i dag.</translation>
    </message>
    <message>
        <source>Export consent records</source>
        <translation>Eksportér samtykkeregistreringer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>consent-{day}.csv</source>
        <translation>samtykke-{day}.csv</translation>
    </message>
    <message>
        <source>{rows} consent records written to {path}.</source>
        <translation>{rows} samtykkeregistreringer skrevet til {path}.</translation>
    </message>
</context>
<context>
    <name>CopyToServerDialog</name>
    <message>
        <source>Copy to a shared server</source>
        <translation>Kopiér til en delt server</translation>
    </message>
    <message>
        <source>Copies everything in {where} (people, accounts, offboarding, settings and the whole history) into an empty database on a shared server, in one go: if anything fails, nothing is copied. The file stays as it is. The login must own the server database.</source>
        <translation>Kopierer alt i {where} (personer, konti, offboarding, indstillinger og hele historikken) til en tom database på en delt server, i ét hug: hvis noget går galt, kopieres intet. Filen forbliver, som den er. Loginnet skal eje databasen på serveren.</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Kopieringens fremskridt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annullér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Luk</translation>
    </message>
    <message>
        <source>Copied {done} of {total} rows…</source>
        <translation>Kopieret {done} af {total} rækker…</translation>
    </message>
    <message>
        <source>Copied {rows} rows ({people} people, {accounts} accounts, {events} events in the history) to {where}.</source>
        <translation>Kopierede {rows} rækker ({people} personer, {accounts} konti, {events} hændelser i historikken) til {where}.</translation>
    </message>
    <message>
        <source>Use the shared server from now on?</source>
        <translation>Brug den delte server fra nu af?</translation>
    </message>
    <message>
        <source>Account Registry opens the server at its next start, as if you had chosen it on File → Database…. The file stays where it is.</source>
        <translation>Account Registry åbner serveren ved næste start, som hvis du havde valgt den under Filer → Database…. Filen bliver, hvor den er.</translation>
    </message>
    <message>
        <source>Not copied. {reason}</source>
        <translation>Ikke kopieret. {reason}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the server.</source>
        <translation>Kopieringen blev annulleret; intet blev kopieret til serveren.</translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>No stored logins</source>
        <translation>Ingen gemte logins</translation>
    </message>
    <message>
        <source>Logins kept in the keyring</source>
        <translation>Logins i nøgleringen</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Skift af login</translation>
    </message>
    <message>
        <source>&amp;Mark rotated</source>
        <translation>&amp;Markér som skiftet</translation>
    </message>
    <message>
        <source>Mark rotated</source>
        <translation>Markér som skiftet</translation>
    </message>
    <message>
        <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
        <translation>Når login er ændret på platformen, så gem det nye med Erstat…, eller markér det som skiftet, hvis det nye opbevares et andet sted. Under alle omstændigheder noterer registret, hvem der gjorde det og hvornår.</translation>
    </message>
    <message>
        <source>Waiting for the keyring</source>
        <translation>Venter på nøgleringen</translation>
    </message>
    <message>
        <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
        <translation>Venter på nøgleringen… Hvis den beder om at blive låst op, så svar på det.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Stop med at vente</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop med at vente</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the keyring may still finish it.</source>
        <translation>Stop med at vente på dette svar; nøgleringen kan stadig nå at gøre det færdigt.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problem med nøgleringen</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Tjek &amp;igen</translation>
    </message>
    <message>
        <source>Check the keyring again</source>
        <translation>Tjek nøgleringen igen</translation>
    </message>
    <message>
        <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
        <translation>Dette er en personlig konto: dens login tilhører indehaveren, og registret gemmer det ikke. Der er derfor intet at gøre her.</translation>
    </message>
    <message>
        <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
        <translation>Angiv under Oversigt, om dette er en virksomheds-, medarbejderrolle- eller personlig konto; logins gemmes kun for virksomheds- og medarbejderrollekonti.</translation>
    </message>
    <message>
        <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
        <translation>{reason} Resten af registret virker som normalt; logins gemmes aldrig et andet sted i stedet.</translation>
    </message>
    <message>
        <source>Logins of this account are kept in the operating system&apos;s keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Denne kontos logins opbevares i styresystemets nøglering ({backend}). Registret noterer kun, at der er gemt et, og hvornår og af hvem det sidst blev ændret.</translation>
    </message>
    <message>
        <source>Logins of this account are kept in the operating system&apos;s keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Denne kontos logins opbevares i styresystemets nøglering. Registret noterer kun, at der er gemt et, og hvornår og af hvem det sidst blev ændret.</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Tjekker nøgleringen…</translation>
    </message>
    <message>
        <source>Wait for the keyring to answer.</source>
        <translation>Vent på, at nøgleringen svarer.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Erstat…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Angiv…</translation>
    </message>
    <message>
        <source>Replace {field}</source>
        <translation>Erstat {field}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Angiv {field}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Gendannelseskoder</translation>
    </message>
    <message>
        <source>Two-factor notes</source>
        <translation>Noter om tofaktor</translation>
    </message>
    <message>
        <source>Reveal {field}</source>
        <translation>Vis {field}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Kopiér {field}</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>{field}, revealed</source>
        <translation>{field}, vist</translation>
    </message>
    <message>
        <source>Type the {field} to store it in the keyring.</source>
        <translation>Skriv {field} ind, og gem i nøgleringen.</translation>
    </message>
    <message>
        <source>Show the {field} for {seconds} seconds.</source>
        <translation>Vis {field} i {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
        <translation>Kopiér {field}; udklipsholderen ryddes igen efter {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Remove the {field} from the keyring.</source>
        <translation>Fjern {field} fra nøgleringen.</translation>
    </message>
    <message>
        <source>Hide the {field} now.</source>
        <translation>Skjul {field} nu.</translation>
    </message>
    <message>
        <source>No {field} is stored yet.</source>
        <translation>Endnu ikke gemt: {field}.</translation>
    </message>
    <message>
        <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
        <translation>Senest gemt, erstattet eller markeret som skiftet {when} af {who}.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>en ukendt</translation>
    </message>
    <message>
        <source>No login is stored for this account.</source>
        <translation>Der er ikke gemt noget login til denne konto.</translation>
    </message>
    <message>
        <source>Record that the login was changed at the platform, by you, now.</source>
        <translation>Registrér, at du har ændret login på platformen nu.</translation>
    </message>
    <message>
        <source>Store a login first; then its rotation can be recorded.</source>
        <translation>Gem først et login; derefter kan skiftet registreres.</translation>
    </message>
    <message>
        <source>The keyring is locked</source>
        <translation>Nøgleringen er låst</translation>
    </message>
    <message>
        <source>The keyring does not answer</source>
        <translation>Nøgleringen svarer ikke</translation>
    </message>
    <message>
        <source>No keyring to store logins in</source>
        <translation>Ingen nøglering at gemme logins i</translation>
    </message>
    <message>
        <source>The keyring failed</source>
        <translation>Nøgleringen fejlede</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Stored in {who}&apos;s keyring (set {when})</source>
        <translation>Gemt i nøgleringen hos {who} (sat {when})</translation>
    </message>
    <message>
        <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
        <translation>Registreret som gemt, men nøgleringen har det ikke: angiv det igen med Erstat…, eller slet registreringen.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Stored; set on {when} by {who}</source>
        <translation>Gemt; angivet {when} af {who}</translation>
    </message>
    <message>
        <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
        <translation>Stoppede med at vente på nøgleringen. Hvis den svarer senere, bliver listen ovenfor opdateret.</translation>
    </message>
    <message>
        <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
        <translation>Nøgleringen mangler {field} til denne konto, selvom registret angiver, at det er gemt. Angiv det igen med Erstat…, eller slet registreringen.</translation>
    </message>
    <message>
        <source>Hidden again after {seconds} s.</source>
        <translation>Skjules igen efter {seconds} s.</translation>
    </message>
    <message>
        <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
        <translation>Kopierede {field}. Udklipsholderen ryddes igen efter {seconds} s, hvis den stadig indeholder det.</translation>
    </message>
    <message>
        <source>Stored the {field} in the keyring.</source>
        <translation>Gemte {field} i nøgleringen.</translation>
    </message>
    <message>
        <source>Deleted the {field} from the keyring.</source>
        <translation>Slettede {field} fra nøgleringen.</translation>
    </message>
    <message>
        <source>Delete {field}</source>
        <translation>Slet {field}</translation>
    </message>
    <message>
        <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
        <translation>Vil du slette {field} fra nøgleringen? Det kan ikke gendannes; registret gemmer kun, at det blev slettet.</translation>
    </message>
    <message>
        <source>Recorded that the login was rotated.</source>
        <translation>Registrerede, at login er skiftet.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The company&apos;s own pages, groups and channels.</source>
        <translation>Virksomhedens egne sider, grupper og kanaler.</translation>
    </message>
    <message>
        <source>Accounts in which an employee is visibly present for the company.</source>
        <translation>Konti, hvor en medarbejder synligt optræder for virksomheden.</translation>
    </message>
    <message>
        <source>People&apos;s own profiles; the company can never take them over.</source>
        <translation>Personers egne profiler; virksomheden kan aldrig overtage dem.</translation>
    </message>
    <message>
        <source>Nobody has recorded whose account it is yet.</source>
        <translation>Ingen har endnu registreret, hvem kontoen tilhører.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts looked after, by kind</source>
        <translation>Forvaltede konti efter type</translation>
    </message>
    <message>
        <source>{kind} accounts</source>
        <translation>Konti af typen {kind}</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Vis alle konti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>people are registered: employees, leavers and external helpers who hold or administer accounts.</source>
        <translation>personer er registreret: medarbejdere, fratrædende og eksterne hjælpere, der er indehavere af eller administrerer konti.</translation>
    </message>
    <message>
        <source>Social-media policy</source>
        <translation>Politik for sociale medier</translation>
    </message>
    <message>
        <source>Acknowledged the policy</source>
        <translation>Har kvitteret for politikken</translation>
    </message>
    <message>
        <source>Polic&amp;y…</source>
        <translation>Poli&amp;tik…</translation>
    </message>
    <message>
        <source>Record a version of the policy and who acknowledged it</source>
        <translation>Registrér en version af politikken og hvem der har kvitteret for den</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>Konti i risiko</translation>
    </message>
    <message>
        <source>Show accounts at risk</source>
        <translation>Vis konti i risiko</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Counting the registry…</source>
        <translation>Tæller registret op…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="vanished">Indlæser…</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Din organisation</translation>
    </message>
    <message>
        <source>{looked_after} of {accounts} registered accounts are looked after; {retired} archived or closed are not counted.</source>
        <translation>{looked_after} af {accounts} registrerede konti forvaltes; {retired} arkiverede eller lukkede tælles ikke med.</translation>
    </message>
    <message>
        <source>{looked_after} of {accounts} registered accounts are looked after.</source>
        <translation>{looked_after} af {accounts} registrerede konti forvaltes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
        <translation>&lt;b&gt;{at_risk}&lt;/b&gt; af {looked_after} forvaltede konti er i risiko. Hold musen over en søjle, eller gå til den med piletasterne, for at se, hvad risikoen betyder, og hvad du kan gøre.</translation>
    </message>
    <message>
        <source>No account looked after is at risk.</source>
        <translation>Ingen forvaltet konto er i risiko.</translation>
    </message>
    <message>
        <source>Nothing to assess yet.</source>
        <translation>Intet at vurdere endnu.</translation>
    </message>
    <message>
        <source>No social-media policy is in force. Record one under “Policy…”.</source>
        <translation>Der er ingen gældende politik for sociale medier. Registrér en under »Politik…«.</translation>
    </message>
    <message>
        <source>No social-media policy is in force. Record one with “accountregistry policy add”.</source>
        <translation type="vanished">Ingen politik for sociale medier er gældende. Registrér en med »accountregistry policy add«.</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>of account holders acknowledged version {version}, in force since {day} (approved by {approver}): {acknowledged} of {holders}.</source>
        <translation>af kontoindehaverne har kvitteret for version {version}, gældende fra {day} (godkendt af {approver}): {acknowledged} af {holders}.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;This computer (one file)</source>
        <translation>&amp;Denne computer (én fil)</translation>
    </message>
    <message>
        <source>A &amp;shared server (PostgreSQL)</source>
        <translation>En &amp;delt server (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
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
        <translation>Account Registry åbner den valgte database, næste gang programmet starter. Adgangskoden gemmes i systemets nøglering, aldrig i indstillingerne.</translation>
    </message>
    <message>
        <source>While the environment variable ACCOUNTREGISTRY_DB is set, it decides the database instead.</source>
        <translation>Så længe miljøvariablen ACCOUNTREGISTRY_DB er sat, er det den, der bestemmer databasen.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Registerfil</translation>
    </message>
    <message>
        <source>Registry files (*.sqlite3);;All files (*)</source>
        <translation>Registerfiler (*.sqlite3);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <source>Connected: the database holds a registry.</source>
        <translation>Forbundet: databasen indeholder et register.</translation>
    </message>
    <message>
        <source>Connected: there is no registry yet; Account Registry creates it when it opens the database.</source>
        <translation>Forbundet: der er endnu intet register; Account Registry opretter det, når programmet åbner databasen.</translation>
    </message>
    <message>
        <source>The connection could not be tested.</source>
        <translation>Forbindelsen kunne ikke testes.</translation>
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
        <translation>i morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>om {days} dage</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>for {days} dage siden</translation>
    </message>
    <message>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <source>for example {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <source>for example 31.12.2026 or 2026-12-31</source>
        <translation type="vanished">f.eks. 31.12.2026 eller 2026-12-31</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose the date from a calendar (Alt+Down in the field)</source>
        <translation>Vælg datoen i en kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Vælg i en kalender</translation>
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
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Transferred to the successor</source>
        <translation>Overdraget til efterfølgeren</translation>
    </message>
    <message>
        <source>Transferred to the company</source>
        <translation>Overdraget til virksomheden</translation>
    </message>
    <message>
        <source>The holder keeps it</source>
        <translation>Indehaveren beholder den</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Virksomhedskonto</translation>
    </message>
    <message>
        <source>Employee-role account</source>
        <translation>Konto i medarbejderrolle</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personlig konto</translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation>Type ikke registreret</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Frafaldet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åbent</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Offboarding of {leaver}</source>
        <translation>Fratrædelsesforløb for {leaver}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ikke valgt endnu</translation>
    </message>
    <message>
        <source>Internal move of {person}</source>
        <translation>Intern flytning af {person}</translation>
    </message>
    <message>
        <source>Day of the move: {day}</source>
        <translation>Dag for flytningen: {day}</translation>
    </message>
    <message>
        <source>Last working day: {day}</source>
        <translation>Sidste arbejdsdag: {day}</translation>
    </message>
    <message>
        <source>Successor: {name}</source>
        <translation>Efterfølger: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{settled} of {total} items settled</source>
        <translation>{settled} af {total} punkter afklaret</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Udskrevet {day}</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Forhindringer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
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
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Åben, forsinket</translation>
    </message>
    <message>
        <source>This offboarding has no items.</source>
        <translation>Dette fratrædelsesforløb har ingen punkter.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>– still the leaver</source>
        <translation>– stadig den fratrædende</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No checklist item</source>
        <translation>Intet punkt på tjeklisten</translation>
    </message>
    <message>
        <source>No handover terms agreed</source>
        <translation>Ingen overdragelsesvilkår aftalt</translation>
    </message>
    <message>
        <source>{outcome} (agreed {day})</source>
        <translation>{outcome} (aftalt {day})</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Virksomheden</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Ingen registreret</translation>
    </message>
    <message>
        <source>No: the leaver is still {roles}</source>
        <translation>Nej: den fratrædende er stadig {roles}</translation>
    </message>
    <message>
        <source>No: 1 item open</source>
        <translation>Nej: 1 punkt åbent</translation>
    </message>
    <message>
        <source>No: {count} items open</source>
        <translation>Nej: {count} punkter åbne</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>ikke valgt</translation>
    </message>
    <message>
        <source>Leaver: {who}</source>
        <translation>Fratrædende: {who}</translation>
    </message>
    <message>
        <source>Position: {role}</source>
        <translation>Stilling: {role}</translation>
    </message>
    <message>
        <source>Offboarding {number}: {status}</source>
        <translation>Fratrædelsesforløb {number}: {status}</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}</source>
        <translation>Lukket {when} af {who}</translation>
    </message>
    <message>
        <source>Handover confirmation</source>
        <translation>Overdragelseserklæring</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>virksomheden</translation>
    </message>
    <message>
        <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company&apos;s pages, groups and accounts stay with the company; personal profiles remain their holder&apos;s own.</source>
        <translation>Denne erklæring bekræfter, hvad der er sket med hver af de konti på sociale medier, som {leaver} havde eller administrerede for {organisation}. Virksomhedens sider, grupper og konti bliver i virksomheden; personlige profiler tilhører fortsat deres indehaver.</translation>
    </message>
    <message>
        <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
        <translation>Ikke alt er afklaret endnu ({count} konti er stadig åbne). Skriv under, når alle konti er afklaret.</translation>
    </message>
    <message>
        <source>Accounts ({count})</source>
        <translation>Konti ({count})</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Agreed outcome</source>
        <translation>Aftalt udfald</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afklaret</translation>
    </message>
    <message>
        <source>The leaver held or administered no account.</source>
        <translation>Den fratrædende var hverken indehaver eller administrator af nogen konto.</translation>
    </message>
    <message>
        <source>{kind}, {status}</source>
        <translation>{kind}, {status}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Held by now</source>
        <translation>Indehaver nu</translation>
    </message>
    <message>
        <source>Administered by now</source>
        <translation>Administratorer nu</translation>
    </message>
    <message>
        <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
        <translation>Overdragelseserklæring for {leaver}, fratrædelsesforløb {number}, sidste arbejdsdag {day}: {count} konti.</translation>
    </message>
    <message>
        <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company&apos;s accounts.</source>
        <translation>Med deres underskrift bekræfter begge parter, at de konti, der står i denne erklæring, er afklaret som beskrevet, og at den fratrædende ikke længere har adgang til virksomhedens konti.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den fratrædende</translation>
    </message>
    <message>
        <source>For the company (HR)</source>
        <translation>For virksomheden (HR)</translation>
    </message>
</context>
<context>
    <name>DomainsNotice</name>
    <message>
        <source>The “Private login” risk is off until the company&apos;s email domains are set: without them no login can be told to be private.</source>
        <translation>Risikoen »Privat login« er slået fra, indtil virksomhedens e-maildomæner er angivet: uden dem kan intet login kendes som privat.</translation>
    </message>
    <message>
        <source>Set email domains…</source>
        <translation>Angiv e-maildomæner…</translation>
    </message>
    <message>
        <source>Set email domains</source>
        <translation>Angiv e-maildomæner</translation>
    </message>
</context>
<context>
    <name>DueForAnonymisationDialog</name>
    <message>
        <source>Due for anonymisation</source>
        <translation>Skal anonymiseres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Arbejds-e-mail</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Personal accounts</source>
        <translation>Personlige konti</translation>
    </message>
    <message>
        <source>People due for anonymisation</source>
        <translation>Personer, der skal anonymiseres</translation>
    </message>
    <message>
        <source>Anonymise &amp;selected…</source>
        <translation>Anonymisér &amp;valgte…</translation>
    </message>
    <message>
        <source>Anonymise &amp;all…</source>
        <translation>Anonymisér &amp;alle…</translation>
    </message>
    <message>
        <source>The retention period is {months} months after the last working day (File → Organisation settings). The people below left longer ago and hold no active role, open offboarding or consent still needed: anonymising replaces their name by a pseudonym and erases their email, title and manager link; a personal account of theirs leaves the registry, and the signed scans of their agreements are removed.</source>
        <translation>Opbevaringsperioden er {months} måneder efter sidste arbejdsdag (Filer → Organisationsindstillinger). Personerne nedenfor fratrådte før det og har ingen aktiv rolle, åben fratrædelse eller samtykke, der stadig behøves: anonymisering erstatter deres navn med et pseudonym og sletter deres e-mail, stilling og leder; en personlig konto af deres fjernes fra registret, og de underskrevne scanninger af deres aftaler fjernes.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the ownership report</source>
        <translation>Eksportér ejerskabsrapporten</translation>
    </message>
    <message>
        <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back. It names people and their roles, so only you can read the file (as with the registry itself); share it deliberately.</source>
        <translation>Én række pr. konto med indehaver, administratorer, login, tofaktorlogin, overdragelsesvilkår, datoer for gennemgang og risici. Excel og LibreOffice kan åbne den, og Importér kan læse den ind igen. Den nævner personer og deres roller, så kun du kan læse filen (som selve registret); del den med omtanke.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The file to write; type a name or choose one</source>
        <translation>Filen, der skal skrives; skriv et navn, eller vælg en</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Vælg filen i en fildialog</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
        <translation>Semikolon ( ; ) til dansk, svensk, norsk og det meste af Europa</translation>
    </message>
    <message>
        <source>Comma ( , ) for English</source>
        <translation>Komma ( , ) til engelsk</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Skilletegn</translation>
    </message>
    <message>
        <source>The character between cells. The spreadsheet on this computer expects the one chosen first.</source>
        <translation>Tegnet mellem cellerne. Regnearket på denne computer forventer det, der er valgt fra start.</translation>
    </message>
    <message>
        <source>For people: headings, values and risks in your language</source>
        <translation>Til mennesker: overskrifter, værdier og risici på dit sprog</translation>
    </message>
    <message>
        <source>For programs and re-import: the fixed column names and stored values</source>
        <translation>Til programmer og genimport: de faste kolonnenavne og gemte værdier</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Both can be imported again. The file ends in .xlsx or .ods for a workbook (with a sheet explaining the risks), .csv for plain text.</source>
        <translation>Begge kan importeres igen. Filnavnet ender på .xlsx eller .ods for en projektmappe (med et ark, der forklarer risiciene), .csv for ren tekst.</translation>
    </message>
    <message>
        <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
        <translation>Kun de &amp;viste konti (aktuelle filtre: {count} konti)</translation>
    </message>
    <message>
        <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
        <translation>De &amp;viste konti ({count} konti; intet filter er sat)</translation>
    </message>
    <message>
        <source>Only the accounts shown</source>
        <translation>Kun de viste konti</translation>
    </message>
    <message>
        <source>&amp;All accounts ({count})</source>
        <translation>&amp;Alle konti ({count})</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konti:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksportens fremskridt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Eksportens status</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;LibreOffice spreadsheets (*.ods);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Excel-projektmapper (*.xlsx);;LibreOffice-regneark (*.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <source>{path} exists already. Replace it with the new report?</source>
        <translation>{path} findes allerede. Vil du erstatte den med den nye rapport?</translation>
    </message>
    <message>
        <source>Give the name of the file to write the report to.</source>
        <translation>Angiv navnet på den fil, rapporten skal skrives til.</translation>
    </message>
    <message>
        <source>Reading {count} accounts…</source>
        <translation>Læser {count} konti…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Luk</translation>
    </message>
    <message>
        <source>Writing {done} of {total} accounts…</source>
        <translation>Skriver {done} af {total} konti…</translation>
    </message>
    <message>
        <source>Exported {count} account to {path}.</source>
        <translation>Eksporterede {count} konto til {path}.</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {path}.</source>
        <translation>Eksporterede {count} konti til {path}.</translation>
    </message>
    <message>
        <source>Not exported. {reason}</source>
        <translation>Ikke eksporteret. {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Display name</source>
        <translation>Vist navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Ansvarlig afdeling</translation>
    </message>
    <message>
        <source>Login email</source>
        <translation>Login-e-mail</translation>
    </message>
    <message>
        <source>Two-factor method</source>
        <translation>Tofaktormetode</translation>
    </message>
    <message>
        <source>Purpose and mandate</source>
        <translation>Formål og mandat</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Forventet svartid</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sharing company posts</source>
        <translation>Deling af virksomhedens opslag</translation>
    </message>
    <message>
        <source>Naming the employer</source>
        <translation>Nævne arbejdsgiveren</translation>
    </message>
    <message>
        <source>Social selling</source>
        <translation>Social selling</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurgt af</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbage den</translation>
    </message>
    <message>
        <source>Review interval (months)</source>
        <translation>Interval for gennemgang (måneder)</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Senest gennemgået den</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Indehaver</translation>
    </message>
    <message>
        <source>Columns and risks</source>
        <translation>Kolonner og risici</translation>
    </message>
    <message>
        <source>Column or risk</source>
        <translation>Kolonne eller risiko</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Login secret stored</source>
        <translation>Login gemt</translation>
    </message>
    <message>
        <source>Secret last changed</source>
        <translation>Login sidst ændret</translation>
    </message>
    <message>
        <source>Secret changed by</source>
        <translation>Login ændret af</translation>
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
        <translation>Tildelt af</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Tilbagekaldt af</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Efterfølger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Gendannelseskoder</translation>
    </message>
    <message>
        <source>Two-factor notes</source>
        <translation>Noter om tofaktor</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>Inden for (dage)</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratorer</translation>
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
        <translation>Loginfelt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Account role</source>
        <translation>Kontorolle</translation>
    </message>
    <message>
        <source>Agreement item</source>
        <translation>Aftalepunkt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Revisionshændelse</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Offboarding case</source>
        <translation>Fratrædelsessag</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationsindstillinger</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>Personoplysning</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Bekræftelse af politik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Holder email</source>
        <translation>Indehaverens e-mail</translation>
    </message>
    <message>
        <source>Successor email</source>
        <translation>Efterfølgerens e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Number of administrators</source>
        <translation>Antal administratorer</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Næste gennemgang</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Antal dage frem</translation>
    </message>
    <message>
        <source>Company email domains</source>
        <translation>Virksomhedens e-maildomæner</translation>
    </message>
    <message>
        <source>Holidays country</source>
        <translation>Land for helligdage</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>Lukkedage</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation>Opbevaringsperiode (måneder)</translation>
    </message>
    <message>
        <source>The network the account is on.</source>
        <translation>Det netværk, kontoen er på.</translation>
    </message>
    <message>
        <source>What the account is on the network: a profile, a page, a group or a channel.</source>
        <translation>Hvad kontoen er på netværket: en profil, en side, en gruppe eller en kanal.</translation>
    </message>
    <message>
        <source>The account&apos;s name on the network, as its address shows it.</source>
        <translation>Kontoens navn på netværket, som adressen viser det.</translation>
    </message>
    <message>
        <source>The account&apos;s web address.</source>
        <translation>Kontoens webadresse.</translation>
    </message>
    <message>
        <source>The name the account shows its followers.</source>
        <translation>Det navn, kontoen viser sine følgere.</translation>
    </message>
    <message>
        <source>Who the account belongs to: the company, an employee&apos;s role, or a person privately.</source>
        <translation>Hvem kontoen tilhører: virksomheden, en medarbejders rolle eller en person privat.</translation>
    </message>
    <message>
        <source>Whether the account is in use, dormant, archived or closed.</source>
        <translation>Om kontoen er i brug, hviler, er arkiveret eller lukket.</translation>
    </message>
    <message>
        <source>The person who holds the account.</source>
        <translation>Den person, der har kontoen.</translation>
    </message>
    <message>
        <source>The holder&apos;s work email.</source>
        <translation>Indehaverens arbejdsmail.</translation>
    </message>
    <message>
        <source>The department or team responsible for the account.</source>
        <translation>Den afdeling eller det team, der har ansvaret for kontoen.</translation>
    </message>
    <message>
        <source>Everyone who holds a role on the account, with their work email and role.</source>
        <translation>Alle, der har en rolle på kontoen, med arbejdsmail og rolle.</translation>
    </message>
    <message>
        <source>How many people hold an owner or admin role (counted by the registry).</source>
        <translation>Hvor mange der har en ejer- eller administratorrolle (talt af registret).</translation>
    </message>
    <message>
        <source>The email address the account logs in with (left out for personal accounts).</source>
        <translation>Den e-mailadresse, kontoen logger ind med (udeladt for personlige konti).</translation>
    </message>
    <message>
        <source>How the login is protected by a second factor.</source>
        <translation>Hvordan login er beskyttet med en ekstra faktor.</translation>
    </message>
    <message>
        <source>What happens to the account when its holder leaves.</source>
        <translation>Hvad der sker med kontoen, når indehaveren fratræder.</translation>
    </message>
    <message>
        <source>The work email of the person who takes the account over.</source>
        <translation>Arbejdsmail for den person, der overtager kontoen.</translation>
    </message>
    <message>
        <source>The day the handover terms were agreed.</source>
        <translation>Den dag, overdragelsesvilkårene blev aftalt.</translation>
    </message>
    <message>
        <source>The day the account&apos;s record was last checked.</source>
        <translation>Den dag, kontoens oplysninger sidst blev gennemgået.</translation>
    </message>
    <message>
        <source>When the record is next due to be checked (from the last review and the interval).</source>
        <translation>Hvornår oplysningerne næste gang skal gennemgås (ud fra sidste gennemgang og intervallet).</translation>
    </message>
    <message>
        <source>The risks the registry finds for the account; each is explained below.</source>
        <translation>De risici, registret finder for kontoen; hver er forklaret nedenfor.</translation>
    </message>
    <message>
        <source>Whether the account speaks officially for the organisation.</source>
        <translation>Om kontoen taler officielt på organisationens vegne.</translation>
    </message>
    <message>
        <source>What the account is for and who may post on it.</source>
        <translation>Hvad kontoen er til, og hvem der må skrive på den.</translation>
    </message>
    <message>
        <source>What followers may expect of answers.</source>
        <translation>Hvad følgerne kan forvente af svar.</translation>
    </message>
    <message>
        <source>The day the holder consented to their personal account being registered.</source>
        <translation>Den dag, indehaveren gav samtykke til, at den personlige konto registreres.</translation>
    </message>
    <message>
        <source>The day that consent was withdrawn.</source>
        <translation>Den dag, samtykket blev trukket tilbage.</translation>
    </message>
    <message>
        <source>How many months may pass between two reviews of the record.</source>
        <translation>Hvor mange måneder der må gå mellem to gennemgange af oplysningerne.</translation>
    </message>
    <message>
        <source>Anything else worth knowing about the account.</source>
        <translation>Alt andet, der er værd at vide om kontoen.</translation>
    </message>
    <message>
        <source>The name of the person who takes the account over.</source>
        <translation>Navnet på den person, der overtager kontoen.</translation>
    </message>
    <message>
        <source>What the handover terms say about followers, network and groups.</source>
        <translation>Hvad overdragelsesvilkårene siger om følgere, netværk og grupper.</translation>
    </message>
    <message>
        <source>What the handover terms say about the content posted.</source>
        <translation>Hvad overdragelsesvilkårene siger om det indhold, der er lagt op.</translation>
    </message>
    <message>
        <source>How many days&apos; notice the handover terms give.</source>
        <translation>Hvor mange dages varsel overdragelsesvilkårene giver.</translation>
    </message>
    <message>
        <source>Whether the holder agreed to the handover terms.</source>
        <translation>Om indehaveren har sagt ja til overdragelsesvilkårene.</translation>
    </message>
    <message>
        <source>Who agreed the handover terms for the company.</source>
        <translation>Hvem der aftalte overdragelsesvilkårene for virksomheden.</translation>
    </message>
    <message>
        <source>Whether the account is listed for ambassador work.</source>
        <translation>Om kontoen er opført til ambassadørarbejde.</translation>
    </message>
    <message>
        <source>Within how many hours questions on the account should be answered.</source>
        <translation>Inden for hvor mange timer spørgsmål på kontoen bør besvares.</translation>
    </message>
    <message>
        <source>Whether answers are expected outside working hours too.</source>
        <translation>Om der også forventes svar uden for arbejdstiden.</translation>
    </message>
    <message>
        <source>How often the account is expected to post.</source>
        <translation>Hvor ofte kontoen forventes at lægge noget op.</translation>
    </message>
    <message>
        <source>Who the account speaks to.</source>
        <translation>Hvem kontoen taler til.</translation>
    </message>
    <message>
        <source>How many working hours a week the account takes.</source>
        <translation>Hvor mange arbejdstimer om ugen kontoen kræver.</translation>
    </message>
    <message>
        <source>Whom to contact when something on the account needs a decision.</source>
        <translation>Hvem der skal kontaktes, når noget på kontoen kræver en beslutning.</translation>
    </message>
    <message>
        <source>When this report was written (UTC).</source>
        <translation>Hvornår denne rapport blev skrevet (UTC).</translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation>Leders e-mail</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Kvitteret den</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Politikkens tekst</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Hvad det betyder</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hvad du skal gøre</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppér efter</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>account</source>
        <translation>kontoen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>the same moment</source>
        <translation>i samme øjeblik</translation>
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
        <translation>Databaselogin</translation>
    </message>
    <message>
        <source>Answer within (hours)</source>
        <translation>Svar inden for (timer)</translation>
    </message>
    <message>
        <source>Also outside working hours</source>
        <translation>Også uden for arbejdstid</translation>
    </message>
    <message>
        <source>Expected frequency</source>
        <translation>Forventet hyppighed</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Working time per week (hours)</source>
        <translation>Arbejdstid pr. uge (timer)</translation>
    </message>
    <message>
        <source>Listed for ambassador work</source>
        <translation>Opført som ambassadør</translation>
    </message>
    <message>
        <source>Flagged for change on</source>
        <translation>Markeret til ændring den</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Hvad der skal ændres</translation>
    </message>
    <message>
        <source>Followers, network and groups</source>
        <translation>Følgere, netværk og grupper</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Varsel (dage)</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <source>Agreed for the company by</source>
        <translation>Underskrevet for virksomheden af</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den fratrædende</translation>
    </message>
    <message>
        <source>Internal move</source>
        <translation>Intern flytning</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Tjeklistepunkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Assigned function</source>
        <translation>Ansvarlig funktion</translation>
    </message>
    <message>
        <source>Due (business days from the last working day)</source>
        <translation>Frist (arbejdsdage fra sidste arbejdsdag)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reason for waiving</source>
        <translation>Begrundelse for frafald</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Udført af</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>Note om tilbagetrækning</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gældende fra</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Politikkens version</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Aftalt af</translation>
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
        <translation>Fratrædelse</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Størrelse i bytes</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-kontrolsum</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Default review interval (months)</source>
        <translation>Standardinterval for gennemgang (måneder)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens navn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Arbejds-e-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Ansættelsesstatus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Fjernet den</translation>
    </message>
</context>
<context>
    <name>HandoverTermsDialog</name>
    <message>
        <source>Handover terms: {platform} {handle}</source>
        <translation>Overdragelsesvilkår: {platform} {handle}</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <source>{account} — {display_name}</source>
        <translation>{account} — {display_name}</translation>
    </message>
    <message>
        <source>{account} ({kind})</source>
        <translation>{account} ({kind})</translation>
    </message>
    <message>
        <source>What happens to followers, the network and groups built for the company</source>
        <translation>Hvad der sker med følgere, netværket og grupper bygget op for virksomheden</translation>
    </message>
    <message>
        <source>What happens to posts, messages and media</source>
        <translation>Hvad der sker med opslag, beskeder og medier</translation>
    </message>
    <message>
        <source>blank = none agreed</source>
        <translation>tomt = intet aftalt</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <source>Name of who signed for the company</source>
        <translation>Navn på den, der skrev under for virksomheden</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Ved fratræden</translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation>&amp;Efterfølger</translation>
    </message>
    <message>
        <source>&amp;Followers, network and groups</source>
        <translation>&amp;Følgere, netværk og grupper</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <source>&amp;Notice (days)</source>
        <translation>Var&amp;sel (dage)</translation>
    </message>
    <message>
        <source>A&amp;greed on</source>
        <translation>&amp;Aftalt den</translation>
    </message>
    <message>
        <source>Agreed for the company &amp;by</source>
        <translation>&amp;Underskrevet for virksomheden af</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Gem som ny version</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>Import accounts from {name}</source>
        <translation>Importér konti fra {name}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>{action} rows</source>
        <translation>Rækker: {action}</translation>
    </message>
    <message>
        <source>What the import says</source>
        <translation>Importens besked</translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <translation>Bemærkninger om filen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filens rækker</translation>
    </message>
    <message>
        <source>The chosen row</source>
        <translation>Den valgte række</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows…</source>
        <translation>Importér kun de &amp;gyldige rækker…</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importér kun de gyldige rækker</translation>
    </message>
    <message>
        <source>Leave out the rows in error and import the others</source>
        <translation>Udelad rækkerne med fejl, og importér resten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Checking {path}…</source>
        <translation>Kontrollerer {path}…</translation>
    </message>
    <message>
        <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
        <translation>Vil du importere {importing} rækker og udelade de {skipped} rækker med fejl? De udeladte rækker importeres ikke; ret dem i filen, og importér den igen.</translation>
    </message>
    <message>
        <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
        <translation>{name}: {rows} rækker. Intet bliver skrevet, før du trykker på Importér.</translation>
    </message>
    <message>
        <source>{action}: {count}</source>
        <translation>{action}: {count}</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>Alle rækker ({count})</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Columns this registry does not know are left out: {columns}.</source>
        <translation>Kolonner, som registret ikke kender, udelades: {columns}.</translation>
    </message>
    <message>
        <source>Columns the registry computes itself are not read: {columns}.</source>
        <translation>Kolonner, som registret selv beregner, læses ikke: {columns}.</translation>
    </message>
    <message>
        <source>{count} people not yet in the registry will be added.</source>
        <translation>{count} personer, der endnu ikke er i registret, bliver tilføjet.</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
        <translation>{count} rækker kan ikke importeres; den første er linje {line}: {reason} Ret filen, og kontrollér den igen, eller importér kun de gyldige rækker.</translation>
    </message>
    <message>
        <source>{count} rows would grant again a role that an offboarding took away, or that was revoked after the file was exported; they are left out unless you choose otherwise below.</source>
        <translation>{count} rækker ville give en rolle igen, som en fratrædelse har fjernet, eller som blev frataget, efter filen blev eksporteret; de udelades, medmindre du vælger andet herunder.</translation>
    </message>
    <message>
        <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
        <translation>Intet at importere: alle konti i filen står allerede i registret, som filen angiver dem.</translation>
    </message>
    <message>
        <source>Also import the {count} rows in conflict: grant those roles again</source>
        <translation>Importér også de {count} rækker i konflikt: giv rollerne igen</translation>
    </message>
    <message>
        <source>Also import the rows in conflict</source>
        <translation>Importér også rækkerne i konflikt</translation>
    </message>
    <message>
        <source>Line {line}: {action}, {account}. {details}</source>
        <translation type="vanished">Linje {line}: {action}, {account}. {details}</translation>
    </message>
    <message>
        <source>Line {line}: {action}, {account}.</source>
        <translation>Linje {line}: {action}, {account}.</translation>
    </message>
    <message>
        <source>Line {line}: {action}.</source>
        <translation>Linje {line}: {action}.</translation>
    </message>
    <message>
        <source>Disabled: {count} rows are in error. Correct them, or import only the valid rows.</source>
        <translation>Ikke mulig: {count} rækker har fejl. Ret dem, eller importér kun de gyldige rækker.</translation>
    </message>
    <message>
        <source>Write the new and changed accounts to the registry</source>
        <translation>Skriv de nye og ændrede konti i registret</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Luk</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Annullerer; intet bliver skrevet…</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importeret fra {name}: {created} nye konti, {updated} opdateret, {unchanged} uændret.</translation>
    </message>
    <message>
        <source>{count} people added</source>
        <translation>{count} personer tilføjet</translation>
    </message>
    <message>
        <source>{count} roles granted</source>
        <translation>{count} roller tildelt</translation>
    </message>
    <message>
        <source>{count} handover terms recorded</source>
        <translation>{count} overdragelsesvilkår registreret</translation>
    </message>
    <message>
        <source>{count} rows in error left out</source>
        <translation>{count} rækker med fejl udeladt</translation>
    </message>
    <message>
        <source>{count} rows in conflict left out</source>
        <translation>{count} rækker i konflikt udeladt</translation>
    </message>
    <message>
        <source>{name} cannot be imported.</source>
        <translation>{name} kan ikke importeres.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen blev annulleret; intet blev skrevet.</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Import people from {name}</source>
        <translation>Importér personer fra {name}</translation>
    </message>
    <message>
        <source>Imported from {name}: {added} new people, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importeret fra {name}: {added} nye personer, {updated} opdateret, {unchanged} uændret.</translation>
    </message>
    <message>
        <source>{count} rows in error left out.</source>
        <translation>{count} rækker med fejl udeladt.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A new account.</source>
        <translation>En ny konto.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdatering</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What changes, or why the row cannot be imported</source>
        <translation>Hvad der ændres, eller hvorfor rækken ikke kan importeres</translation>
    </message>
    <message>
        <source>{column}: “{old}” → “{new}”</source>
        <translation>{column}: »{old}« → »{new}«</translation>
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
        <translation>Ændr sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Open items move with the last working day; done and waived items keep their dates.</source>
        <translation>Åbne punkter flytter med sidste arbejdsdag; udførte og frafaldne punkter beholder deres datoer.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Æ&amp;ndr</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Sidste a&amp;rbejdsdag</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <source>The last working day is required.</source>
        <translation>Sidste arbejdsdag skal udfyldes.</translation>
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
        <translation>for {days} dage siden</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>om {days} dage</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 konto</translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation>{count} konti</translation>
    </message>
    <message>
        <source>1 open item</source>
        <translation>1 åbent punkt</translation>
    </message>
    <message>
        <source>{count} open items</source>
        <translation>{count} åbne punkter</translation>
    </message>
    <message>
        <source>1 role held</source>
        <translation>1 rolle</translation>
    </message>
    <message>
        <source>{count} roles held</source>
        <translation>{count} roller</translation>
    </message>
    <message>
        <source>People leaving</source>
        <translation>Medarbejdere, der fratræder</translation>
    </message>
    <message>
        <source>in the next {days} days</source>
        <translation>de næste {days} dage</translation>
    </message>
    <message>
        <source>Leaving &amp;within</source>
        <translation>Fratræder &amp;inden for</translation>
    </message>
    <message>
        <source>Leaving within</source>
        <translation>Fratræder inden for</translation>
    </message>
    <message>
        <source>People leaving with accounts unsettled</source>
        <translation>Medarbejdere, der fratræder med konti, der ikke er afklaret</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Ikke afklaret</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratrædelse</translation>
    </message>
    <message>
        <source>Click a person, or press Enter, to see their offboarding</source>
        <translation>Klik på en person, eller tryk på Enter, for at se personens fratrædelsesforløb</translation>
    </message>
    <message>
        <source>Start offboarding…</source>
        <translation>Start fratrædelse…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <source>Start the offboarding of the chosen person, who is recorded as leaving but has none yet</source>
        <translation>Start fratrædelsen for den valgte person, som er registreret som fratrædende, men ikke har nogen endnu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <source>started</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>no offboarding started</source>
        <translation>ingen fratrædelse startet</translation>
    </message>
    <message>
        <source>{count} people leave within {days} days with accounts unsettled.</source>
        <translation>{count} personer fratræder inden for {days} dage med konti, der ikke er afklaret.</translation>
    </message>
    <message>
        <source>1 person leaves within {days} days with accounts unsettled.</source>
        <translation>1 person fratræder inden for {days} dage med konti, der ikke er afklaret.</translation>
    </message>
    <message>
        <source>No one leaves within {days} days with anything unsettled.</source>
        <translation>Ingen fratræder inden for {days} dage med noget, der ikke er afklaret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratrædelser</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>{view} (Ctrl+{number})</source>
        <translation>{view} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Åbner registret…</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Organisation settings…</source>
        <translation>&amp;Organisationsindstillinger…</translation>
    </message>
    <message>
        <source>Import p&amp;eople…</source>
        <translation>Importér p&amp;ersoner…</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>&amp;Importér konti…</translation>
    </message>
    <message>
        <source>Social-media po&amp;licy…</source>
        <translation>Po&amp;litik for sociale medier…</translation>
    </message>
    <message>
        <source>Create the sa&amp;mple organisation</source>
        <translation>Opret ekse&amp;mpelorganisationen</translation>
    </message>
    <message>
        <source>Fills an empty registry with an example organisation</source>
        <translation>Fylder et tomt register med en eksempelorganisation</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Copy to a shared server…</source>
        <translation>&amp;Kopiér til en delt server…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>How to erase a person: People → Privacy → Anonymise this person… (or People due for anonymisation…). Their name becomes “{pseudonym}”, their email, title and manager link are erased, a personal account of theirs leaves the registry, and the database file no longer holds them. People → Privacy → Export this person&apos;s data… answers an access request.</source>
        <translation>Sådan slettes en person: Personer → Privatliv → Anonymisér denne person… (eller Personer, der skal anonymiseres…). Navnet bliver »{pseudonym}«, e-mail, stilling og leder slettes, en personlig konto af deres fjernes fra registret, og databasefilen indeholder dem ikke længere. Personer → Privatliv → Eksportér denne persons data… besvarer en indsigtsanmodning.</translation>
    </message>
    <message>
        <source>&amp;About Account Registry…</source>
        <translation>Om Account Re&amp;gistry…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importér personer fra HR</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Regneark (*.csv *.txt *.tsv *.xlsx *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Account Registry {version}: who owns which social media accounts, settled before anyone leaves.</source>
        <translation>Account Registry {version}: hvem ejer hvilke konti på sociale medier, afklaret før nogen fratræder.</translation>
    </message>
    <message>
        <source>Where the data lives: {where}. Secrets (passwords, recovery codes) are only in the operating system&apos;s keyring. The log is in {log}.</source>
        <translation>Hvor data ligger: {where}. Hemmeligheder (adgangskoder, gendannelseskoder) ligger kun i styresystemets nøglering. Loggen ligger i {log}.</translation>
    </message>
    <message>
        <source>How long it is kept: what is kept about people who left is due for anonymisation once the retention period has passed since their last working day ({months} months; File → Organisation settings).</source>
        <translation>Hvor længe det gemmes: oplysninger om personer, der er fratrådt, skal anonymiseres, når opbevaringsperioden er gået siden deres sidste arbejdsdag ({months} måneder; Filer → Organisationsindstillinger).</translation>
    </message>
    <message>
        <source>How to erase a person: People → Privacy → Anonymise this person… (or People due for anonymisation…). Their name becomes “[former employee 12]”, their email, title and manager link are erased, a personal account of theirs leaves the registry, and the database file no longer holds them. People → Privacy → Export this person&apos;s data… answers an access request.</source>
        <translation type="vanished">Sådan slettes en person: Personer → Privatliv → Anonymisér denne person… (eller Personer, der skal anonymiseres…). Navnet bliver »[former employee 12]«, e-mail, stilling og leder slettes, en personlig konto af deres fjernes fra registret, og databasefilen indeholder dem ikke længere. Personer → Privatliv → Eksportér denne persons data… besvarer en indsigtsanmodning.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="vanished">Om {app}</translation>
    </message>
    <message>
        <source>Other people&apos;s changes could not be read: {reason}</source>
        <translation>Andres ændringer kunne ikke læses: {reason}</translation>
    </message>
    <message>
        <source>The registry could not be read.</source>
        <translation>Registret kunne ikke læses.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Creating the sample organisation…</source>
        <translation>Opretter eksempelorganisationen…</translation>
    </message>
    <message>
        <source>Created {organisation}: {accounts} accounts and {people} people.</source>
        <translation>Oprettede {organisation}: {accounts} konti og {people} personer.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>That cannot be done.</source>
        <translation>Det kan ikke lade sig gøre.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>Noget af det indtastede er ikke gyldigt.</translation>
    </message>
    <message>
        <source>That record is not in the registry.</source>
        <translation>Den post findes ikke i registret.</translation>
    </message>
    <message>
        <source>That collides with what is already recorded.</source>
        <translation>Det strider mod det, der allerede er registreret.</translation>
    </message>
    <message>
        <source>The database cannot be used right now.</source>
        <translation>Databasen kan ikke bruges lige nu.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} skal udfyldes.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} skal være tekst.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label} er for lang ({length} tegn; højst {limit}).</translation>
    </message>
    <message>
        <source>{label} contains control characters; remove them.</source>
        <translation>{label} indeholder kontroltegn; fjern dem.</translation>
    </message>
    <message>
        <source>{label} contains characters nobody can see ({characters}), which can make it read as something else; type it again without them.</source>
        <translation>{label} indeholder tegn, som ingen kan se ({characters}), og som kan få teksten til at læses som noget andet; skriv den igen uden dem.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an email address (expected name@example.com).</source>
        <translation>{label} »{value}« er ikke en e-mailadresse (forventet navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {allowed}.</source>
        <translation>{label} »{value}« er ikke en af: {allowed}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} skal være et helt tal.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} skal være mellem {low} og {high}.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>{label}: {count} given; at most {limit}.</source>
        <translation>{label}: {count} angivet; højst {limit}.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reload it and make your change again.</source>
        <translation type="vanished">En anden har ændret posten, siden du åbnede den; genindlæs den, og foretag din ændring igen.</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds between 0 and {high}, not “{value}”.</source>
        <translation>{variable} skal være et antal sekunder mellem 0 og {high}, ikke »{value}«.</translation>
    </message>
    <message>
        <source>The name the audit trail records for you is too long ({length} characters; at most {limit}); set {variable} to a shorter name.</source>
        <translation>Det navn, revisionssporet registrerer dig under, er for langt ({length} tegn; højst {limit}); sæt {variable} til et kortere navn.</translation>
    </message>
    <message>
        <source>The name the audit trail records for you contains a line break, a control character or an invisible character; set {variable} to a plain name.</source>
        <translation>Det navn, revisionssporet registrerer dig under, indeholder et linjeskift, et kontroltegn eller et usynligt tegn; sæt {variable} til et almindeligt navn.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} findes allerede; vælg et nyt filnavn.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and try again. No file was written.</source>
        <translation>Disken med {path} er fuld; frigør noget plads, og prøv igen. Der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite&apos;s check says: {detail}); nothing was copied or changed. Restore it from a backup.</source>
        <translation>{where} er beskadiget (SQLites kontrol siger: {detail}); intet blev kopieret eller ændret. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>Hændelse {event_id} i revisionssporet ({at}, {actor}: {action} {entity} {entity_id}) er blevet ændret, efter at den blev registreret: indholdet passer ikke længere til dens hashværdi.</translation>
    </message>
    <message>
        <source>Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) does not follow the event before it: an event was removed or slipped in.</source>
        <translation>Hændelse {event_id} i revisionssporet ({at}, {actor}: {action} {entity} {entity_id}) følger ikke hændelsen før den: en hændelse er blevet fjernet eller smuglet ind.</translation>
    </message>
    <message>
        <source>The audit trail of {where} is intact: {events} events, the last with the hash {head}.</source>
        <translation>Revisionssporet i {where} er intakt: {events} hændelser, den sidste med hashværdien {head}.</translation>
    </message>
    <message>
        <source>Wrote {events} audit events with their hashes to {path}.</source>
        <translation>Skrev {events} hændelser fra revisionssporet med deres hashværdier til {path}.</translation>
    </message>
    <message>
        <source>The audit trail of {where} is no longer protected (changed or missing: {triggers}): the database was changed outside Account Registry. Run “accountregistry audit verify” and restore a backup.</source>
        <translation>Revisionssporet i {where} er ikke længere beskyttet (ændret eller mangler: {triggers}): databasen er blevet ændret uden om Account Registry. Kør »accountregistry audit verify«, og gendan en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>{path} holds an unfinished change left by a program that stopped in the middle of it (the file {journal} beside it); opening the registry once with write access undoes that change. Ask for write access to the file and its folder, or copy both files to a folder of yours.</source>
        <translation>{path} indeholder en ufærdig ændring fra et program, der stoppede midt i den (filen {journal} ved siden af); åbnes registret én gang med skriveadgang, fortrydes ændringen. Bed om skriveadgang til filen og dens mappe, eller kopiér begge filer til en af dine egne mapper.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not an Account Registry database, and nothing was changed. Give the path of a registry, or create one there first (for example with “accountregistry demo”).</source>
        <translation>{path} er tom: den er ikke en Account Registry-database, og intet blev ændret. Angiv stien til et register, eller opret først et der (for eksempel med »accountregistry demo«).</translation>
    </message>
    <message>
        <source>{where} is missing part of the registry ({missing}): it was changed outside Account Registry. Restore it from a backup; nothing was changed.</source>
        <translation>{where} mangler en del af registret ({missing}): det er blevet ændret uden om Account Registry. Gendan det fra en sikkerhedskopi; intet blev ændret.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and the registry {path} needs to keep its journal files beside it. Ask for write access to the folder, or copy the file to a folder of yours.</source>
        <translation>Mappen {folder} er skrivebeskyttet for dig, og registret {path} skal have sine journalfiler liggende ved siden af sig. Bed om skriveadgang til mappen, eller kopiér filen til en af dine egne mapper.</translation>
    </message>
    <message>
        <source>This account is archived; restore it before granting roles on it.</source>
        <translation>Kontoen er arkiveret; gendan den, før du tildeler roller på den.</translation>
    </message>
    <message>
        <source>{name} has left the company; a role cannot be granted to someone who has left.</source>
        <translation>{name} er fratrådt; en rolle kan ikke tildeles en, der er fratrådt.</translation>
    </message>
    <message>
        <source>A personal account belongs to its holder: the employer can never take it over, so it cannot be transferred.</source>
        <translation>En personlig konto tilhører sin indehaver: arbejdsgiveren kan aldrig overtage den, så den kan ikke overdrages.</translation>
    </message>
    <message>
        <source>A personal account can never be transferred, but its current handover terms say “{disposition}”; give it new terms that do not transfer it.</source>
        <translation>En personlig konto kan aldrig overdrages, men dens gældende overdragelsesvilkår siger »{disposition}«; giv den nye vilkår, der ikke overdrager den.</translation>
    </message>
    <message>
        <source>The successor cannot be the account&apos;s own holder.</source>
        <translation>Efterfølgeren kan ikke være kontoens egen indehaver.</translation>
    </message>
    <message>
        <source>{name} lost the role {role} here through an offboarding ({revoked_on}); this row would grant it again, so it is left out unless you choose to grant such roles again.</source>
        <translation>{name} mistede rollen {role} her ved en fratrædelse ({revoked_on}); rækken ville give den igen, så den udelades, medmindre du vælger at give sådanne roller igen.</translation>
    </message>
    <message>
        <source>{name}&apos;s role {role} here was revoked on {revoked_on}, after the file was exported ({exported_on}); this row would grant it again, so it is left out unless you choose to grant such roles again.</source>
        <translation>{name}s rolle {role} her blev frataget {revoked_on}, efter filen blev eksporteret ({exported_on}); rækken ville give den igen, så den udelades, medmindre du vælger at give sådanne roller igen.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation type="vanished">Samtykke kan ikke trækkes tilbage, før det er givet.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan ikke importeres.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} er en mappe; vælg en fil.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the import reads files up to {limit} MB. Split it into smaller files, or leave out long text columns.</source>
        <translation>{file} fylder {size} MB; importen læser filer på op til {limit} MB. Del den op i mindre filer, eller udelad lange tekstkolonner.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} MB; the import reads files up to {limit} MB. Split it into smaller files, or leave out long text columns.</source>
        <translation>{file} fylder mere end {limit} MB; importen læser filer på op til {limit} MB. Del den op i mindre filer, eller udelad lange tekstkolonner.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows (line {line} is one too many); split it into smaller files.</source>
        <translation>{file} har mere end {limit} rækker (linje {line} er én for meget); del den op i mindre filer.</translation>
    </message>
    <message>
        <source>{path} is not a file but a pipe or a device; save what it gives to a file and import that.</source>
        <translation>{path} er ikke en fil, men et rør eller en enhed; gem det, den giver, i en fil, og importér den.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported. Check it again.</source>
        <translation>{file} blev ændret under importen; intet blev importeret. Kontrollér den igen.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the file name.</source>
        <translation>{path} findes ikke; kontrollér filnavnet.</translation>
    </message>
    <message>
        <source>Cannot read {path}: you do not have permission to open it.</source>
        <translation>Kan ikke læse {path}: du har ikke tilladelse til at åbne den.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan ikke læse {path}: {reason}.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes (line {line}): it is not a text file, or it is UTF-16 without a byte order mark; save it again as CSV (UTF-8).</source>
        <translation>{file} indeholder NUL-byte (linje {line}): det er ikke en tekstfil, eller den er UTF-16 uden byte order mark; gem den igen som CSV (UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8, UTF-16 or Windows-1252 (unreadable bytes on line {line}); save it again as CSV (UTF-8).</source>
        <translation>{file} er ikke tekst i UTF-8, UTF-16 eller Windows-1252 (ulæselige byte på linje {line}); gem den igen som CSV (UTF-8).</translation>
    </message>
    <message>
        <source>{file} contains NUL characters on line {line}; it is not a spreadsheet&apos;s text export. Save it again as CSV.</source>
        <translation>{file} indeholder NUL-tegn på linje {line}; det er ikke en teksteksport fra et regneark. Gem den igen som CSV.</translation>
    </message>
    <message>
        <source>{file} is empty; it needs a header line such as {example} and a row below it for each record.</source>
        <translation>{file} er tom; den skal have en overskriftslinje som {example} og en række under den for hver post.</translation>
    </message>
    <message>
        <source>Line 1 of {file} (“{first}”) names none of the columns the import reads; the first line must be a header such as {example}.</source>
        <translation>Linje 1 i {file} (»{first}«) nævner ingen af de kolonner, importen læser; første linje skal være en overskrift som {example}.</translation>
    </message>
    <message>
        <source>Line {line} of {file} opens a quoted cell (&quot;) that is never closed, so the rest of the file would be one cell; close the quote or remove it.</source>
        <translation>Linje {line} i {file} åbner en celle i anførselstegn (&quot;), som aldrig lukkes, så resten af filen ville blive én celle; luk anførselstegnet, eller fjern det.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has a cell longer than {limit} characters, more than any field holds; is a quote missing?</source>
        <translation>Linje {line} i {file} har en celle på mere end {limit} tegn, mere end noget felt kan rumme; mangler der et anførselstegn?</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid CSV; check its quotes.</source>
        <translation>Linje {line} i {file} er ikke gyldig CSV; kontrollér anførselstegnene.</translation>
    </message>
    <message>
        <source>The header of {file} (line {line}) names the column “{column}” twice; keep one of them.</source>
        <translation>Overskriften i {file} (linje {line}) nævner kolonnen »{column}« to gange; behold den ene.</translation>
    </message>
    <message>
        <source>The header of {file} (line {line}) has no column to recognise a row by; it needs one of: {needed}.</source>
        <translation>Overskriften i {file} (linje {line}) har ingen kolonne, som en række kan genkendes på; den skal have en af: {needed}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows of {file} cannot be imported, the first on line {line}. Correct the file, or import only the valid rows.</source>
        <translation>Intet blev importeret: {count} rækker i {file} kan ikke importeres, den første på linje {line}. Ret filen, eller importér kun de gyldige rækker.</translation>
    </message>
    <message>
        <source>The registry changed since the file was checked (someone else added or edited the same accounts or people); nothing was imported. Check the file again and import it.</source>
        <translation>Registret er ændret, siden filen blev kontrolleret (en anden har tilføjet eller redigeret de samme konti eller personer); intet blev importeret. Kontrollér filen igen, og importér den.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen blev annulleret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>“{value}” is not a delimiter the export writes; use &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation>»{value}« er ikke et skilletegn, eksporten kan skrive; brug &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; eller &apos;|&apos;.</translation>
    </message>
    <message>
        <source>“{value}” is not a format the export writes; use one of {allowed}.</source>
        <translation>»{value}« er ikke et format, eksporten skriver; brug et af {allowed}.</translation>
    </message>
    <message>
        <source>{file} is not an Excel or LibreOffice workbook (its name says so, its content does not); if it is a CSV file, rename it to .csv and import it again.</source>
        <translation>{file} er ikke en Excel- eller LibreOffice-projektmappe (navnet siger det, indholdet gør ikke); er det en CSV-fil, så omdøb den til .csv og importér den igen.</translation>
    </message>
    <message>
        <source>{file} is protected by a password; save a copy without the password and import that.</source>
        <translation>{file} er beskyttet med en adgangskode; gem en kopi uden adgangskoden, og importér den.</translation>
    </message>
    <message>
        <source>{file} is an old Excel workbook (.xls); save it as .xlsx or .ods and import that.</source>
        <translation>{file} er en gammel Excel-projektmappe (.xls); gem den som .xlsx eller .ods, og importér den.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a workbook: it is damaged or not complete.</source>
        <translation>{file} kan ikke læses som en projektmappe: den er beskadiget eller ufuldstændig.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB; the import reads workbooks up to {limit} MB unpacked. Split it into smaller files.</source>
        <translation type="vanished">{file} fylder mere end {limit} MB udpakket; importen læser projektmapper på op til {limit} MB udpakket. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>{file} holds formulas (the first in sheet “{sheet}”); the import never runs them. Save a copy with values only (paste as values) and import that.</source>
        <translation type="vanished">{file} indeholder formler (den første i arket »{sheet}«); importen kører dem aldrig. Gem en kopi med kun værdier (indsæt som værdier), og importér den.</translation>
    </message>
    <message>
        <source>{file} has a hidden sheet, “{sheet}”; show or delete it, then import again, so that nothing is imported that you cannot see.</source>
        <translation>{file} har et skjult ark, »{sheet}«; vis eller slet det, og importér så igen, så intet importeres, som du ikke kan se.</translation>
    </message>
    <message>
        <source>The header of {file} (row {line}) has merged cells; give each column its own header cell and import again.</source>
        <translation>Overskriften i {file} (række {line}) har flettede celler; giv hver kolonne sin egen overskriftscelle, og importér igen.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”; its sheets are {sheets}.</source>
        <translation>{file} har intet ark med navnet »{sheet}«; dens ark er {sheets}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: you do not have permission to write there; choose another folder.</source>
        <translation>Kan ikke skrive {path}: du har ikke tilladelse til at skrive der; vælg en anden mappe.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and export again. No file was written.</source>
        <translation>Disken med {path} er fuld; frigør plads, og eksportér igen. Der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. No file was written.</source>
        <translation>Kan ikke skrive {path}: {reason}. Der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} er en mappe; angiv navnet på den fil, der skal skrives.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another one.</source>
        <translation>Mappen {folder} findes ikke; opret den, eller vælg en anden.</translation>
    </message>
    <message>
        <source>{path} is the registry&apos;s own database; choose another file for the report.</source>
        <translation>{path} er registrets egen database; vælg en anden fil til rapporten.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
    <message>
        <source>Rows in conflict: {count}. They are left out; to import them after all, grant the roles again (--grant-revoked-roles).</source>
        <translation>Rækker i konflikt: {count}. De udelades; for at importere dem alligevel skal rollerne gives igen (--grant-revoked-roles).</translation>
    </message>
    <message>
        <source>Those are the first {shown} of {count} rows in error. All of them, by kind:</source>
        <translation>Det er de første {shown} af {count} rækker med fejl. Alle, efter slags:</translation>
    </message>
    <message>
        <source>{count} rows like line {line}: {reason}</source>
        <translation>{count} rækker som linje {line}: {reason}</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header has {width}; a delimiter is missing or extra (check for an unquoted delimiter inside a cell).</source>
        <translation>Rækken har {cells} celler, men overskriften har {width}; et skilletegn mangler eller er i overskud (se efter et skilletegn uden anførselstegn inde i en celle).</translation>
    </message>
    <message>
        <source>This account is already on line {first}; an account may appear only once in a file.</source>
        <translation>Kontoen står allerede på linje {first}; en konto må kun stå én gang i en fil.</translation>
    </message>
    <message>
        <source>{label} “{value}” should be yes or no.</source>
        <translation>{label} »{value}« skal være ja eller nej.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a moment in time such as 2026-12-31T10:11:12Z.</source>
        <translation>»{value}« er ikke et tidspunkt som 2026-12-31T10:11:12Z.</translation>
    </message>
    <message>
        <source>The url {url} is another account than platform {platform} and handle {handle}; correct one of them.</source>
        <translation>Adressen {url} er en anden konto end platform {platform} og brugernavn {handle}; ret en af dem.</translation>
    </message>
    <message>
        <source>Terms agreed on is required with a disposition: the date the handover terms were agreed.</source>
        <translation type="vanished">Vilkår aftalt den skal udfyldes sammen med Ved fratræden: den dato, overdragelsesvilkårene blev aftalt.</translation>
    </message>
    <message>
        <source>Handover terms need a disposition; fill it in, or clear the other handover terms cells of this row.</source>
        <translation>Overdragelsesvilkår skal have en værdi i Ved fratræden; udfyld den, eller ryd rækkens andre celler om overdragelsesvilkår.</translation>
    </message>
    <message>
        <source>Administrator “{entry}” should be written as Name &lt;email&gt; (role), for example Jane Doe &lt;jane@acme.dk&gt; (admin).</source>
        <translation>Administrator »{entry}« skal skrives som Navn &lt;email&gt; (rolle), for eksempel Jane Doe &lt;jane@acme.dk&gt; (admin).</translation>
    </message>
    <message>
        <source>The role of “{entry}” is not one of: {allowed}.</source>
        <translation>Rollen i »{entry}« er ikke en af: {allowed}.</translation>
    </message>
    <message>
        <source>The email of “{entry}” is not an email address (expected name@example.com).</source>
        <translation>E-mailen i »{entry}« er ikke en e-mailadresse (forventet navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>The name in “{entry}” is too long or holds control characters.</source>
        <translation>Navnet i »{entry}« er for langt eller indeholder kontroltegn.</translation>
    </message>
    <message>
        <source>{label}: {email} is not in the registry, and the file gives no name for them; add the name.</source>
        <translation>{label}: {email} findes ikke i registret, og filen angiver intet navn; tilføj navnet.</translation>
    </message>
    <message>
        <source>{email} is named “{name}” here but “{other}” on line {line}; use one name.</source>
        <translation>{email} hedder »{name}« her, men »{other}« på linje {line}; brug ét navn.</translation>
    </message>
    <message>
        <source>{label}: {count} people in the registry are called {name}; give their email.</source>
        <translation>{label}: {count} personer i registret hedder {name}; angiv e-mailen.</translation>
    </message>
    <message>
        <source>{label}: {name} is not in the registry; give their email so they can be added.</source>
        <translation>{label}: {name} findes ikke i registret; angiv e-mailen, så personen kan tilføjes.</translation>
    </message>
    <message>
        <source>{person} stays {role}: an import never revokes a role; revoke it in the registry with a reason.</source>
        <translation>{person} forbliver {role}: en import fratager aldrig en rolle; fratag den i registret med en begrundelse.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">»{text}« er ikke en dato (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">»{text}« er ikke en dato, der findes (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year; write the year in full (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">»{text}« har et årstal med to cifre; skriv hele årstallet (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year more than 50 years from now; write the year in full (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">»{text}« har et årstal med to cifre, der ligger mere end 50 år fra i dag; skriv hele årstallet (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” is not a complete date (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">»{text}« er ikke en fuldstændig dato (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” could be {one} or {other}; write it as {first} or {second}.</source>
        <translation>»{text}« kan være {one} eller {other}; skriv den som {first} eller {second}.</translation>
    </message>
    <message>
        <source>The checklist templates in {path} cannot be used: {problem}</source>
        <translation>Tjeklisteskabelonerne i {path} kan ikke bruges: {problem}</translation>
    </message>
    <message>
        <source>The checklist templates in {path}, line {line} cannot be used: {problem}</source>
        <translation>Tjeklisteskabelonerne i {path}, linje {line}, kan ikke bruges: {problem}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>filen kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>filen er ikke UTF-8-tekst; gem den som UTF-8.</translation>
    </message>
    <message>
        <source>it is not valid TOML ({detail}).</source>
        <translation>det er ikke gyldig TOML ({detail}).</translation>
    </message>
    <message>
        <source>“{key}” is not a setting of the file; it has “functions” and [[item]] tables.</source>
        <translation>»{key}« er ikke en indstilling i filen; den har »functions« og [[item]]-tabeller.</translation>
    </message>
    <message>
        <source>“functions” must list the teams items can be assigned to, e.g. functions = [&quot;HR&quot;, &quot;Communications&quot;, &quot;IT&quot;].</source>
        <translation>»functions« skal angive de teams, punkter kan tildeles, f.eks. functions = [&quot;HR&quot;, &quot;Communications&quot;, &quot;IT&quot;].</translation>
    </message>
    <message>
        <source>“leaver” and “successor” are always available as assignees; do not list them in “functions”.</source>
        <translation>»leaver« og »successor« kan altid tildeles punkter; angiv dem ikke i »functions«.</translation>
    </message>
    <message>
        <source>it has no [[item]] tables; a checklist needs at least one item.</source>
        <translation>den har ingen [[item]]-tabeller; en tjekliste skal have mindst ét punkt.</translation>
    </message>
    <message>
        <source>the action “{action}” is used twice; each item needs its own action.</source>
        <translation>handlingen »{action}« bruges to gange; hvert punkt skal have sin egen handling.</translation>
    </message>
    <message>
        <source>“{key}” is not something an item can have; use: {allowed}.</source>
        <translation>»{key}« er ikke noget, et punkt kan have; brug: {allowed}.</translation>
    </message>
    <message>
        <source>this item has no “{key}”; every item needs action, title, assignee and due.</source>
        <translation>dette punkt har ingen »{key}«; hvert punkt skal have action, title, assignee og due.</translation>
    </message>
    <message>
        <source>an action is a short id of lowercase letters, digits and _, starting with a letter (e.g. “rotate_shared_login”).</source>
        <translation>en handling er et kort id af små bogstaver, cifre og _, der begynder med et bogstav (f.eks. »rotate_shared_login«).</translation>
    </message>
    <message>
        <source>item “{action}” needs a title: the text of the checklist item.</source>
        <translation>punktet »{action}« skal have en titel: teksten i tjeklistepunktet.</translation>
    </message>
    <message>
        <source>item “{action}” has scope “{scope}”; use “account” or “general”.</source>
        <translation>punktet »{action}« har scope »{scope}«; brug »account« eller »general«.</translation>
    </message>
    <message>
        <source>the title of item “{action}” has a stray brace ({detail}); write placeholders as {{leaver}}.</source>
        <translation>titlen på punktet »{action}« har en løs klamme ({detail}); skriv pladsholdere som {{leaver}}.</translation>
    </message>
    <message>
        <source>the title of item “{action}” uses {placeholder}, which is not one of: {allowed}.</source>
        <translation>titlen på punktet »{action}« bruger {placeholder}, som ikke er en af: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” is assigned to “{assignee}”, which is not one of: {allowed}.</source>
        <translation>punktet »{action}« er tildelt »{assignee}«, som ikke er en af: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” has due = {due}; give a whole number of business days between -{limit} and {limit} (negative: before the last working day).</source>
        <translation>punktet »{action}« har due = {due}; angiv et helt antal arbejdsdage mellem -{limit} og {limit} (negativt: før den sidste arbejdsdag).</translation>
    </message>
    <message>
        <source>item “{action}” has effect “{effect}”; use one of: {allowed}, or leave it out.</source>
        <translation>punktet »{action}« har effect »{effect}«; brug en af: {allowed}, eller udelad den.</translation>
    </message>
    <message>
        <source>item “{action}”: “{key}” must be true or false.</source>
        <translation>punktet »{action}«: »{key}« skal være true eller false.</translation>
    </message>
    <message>
        <source>item “{action}”: “{key}” must be a list such as [&quot;{example}&quot;].</source>
        <translation>punktet »{action}«: »{key}« skal være en liste som [&quot;{example}&quot;].</translation>
    </message>
    <message>
        <source>item “{action}”: “{value}” is not one of the values of “{key}”; use: {allowed}.</source>
        <translation>punktet »{action}«: »{value}« er ikke en af værdierne for »{key}«; brug: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” is general (one per offboarding), so it cannot have the condition “{key}”; conditions are for account items.</source>
        <translation>punktet »{action}« er generelt (ét pr. fratrædelsesforløb), så det kan ikke have betingelsen »{key}«; betingelser er til kontopunkter.</translation>
    </message>
    <message>
        <source>item “{action}” is general, so completing it cannot change an account&apos;s roles.</source>
        <translation>punktet »{action}« er generelt, så det kan ikke ændre en kontos roller, når det udføres.</translation>
    </message>
    <message>
        <source>item “{action}” hands accounts over, which a personal account never is; give it a “kind” list without “personal”.</source>
        <translation>punktet »{action}« overdrager konti, hvilket en personlig konto aldrig bliver; giv det en »kind«-liste uden »personal«.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file.</source>
        <translation>{path} er en mappe; angiv navnet på en fil.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>Mappen {folder} findes ikke; opret den, eller vælg en anden.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Kan ikke skrive i {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan ikke skrive {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be made.</source>
        <translation>Kan ikke skrive {path}: PDF-filen kunne ikke laves.</translation>
    </message>
    <message>
        <source>{where} is not empty (accounts: {accounts}, people: {people}); the sample organisation goes into an empty database: use --db with a new file.</source>
        <translation>{where} er ikke tom (konti: {accounts}, personer: {people}); eksempelorganisationen skal i en tom database: brug --db med en ny fil.</translation>
    </message>
    <message>
        <source>backup copies an SQLite file; for a server database use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>backup kopierer en SQLite-fil; brug serverens egne backupværktøjer til en serverdatabase (til PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept.</source>
        <translation>afbrudt; intet halvt skrevet blev gemt.</translation>
    </message>
    <message>
        <source>Someone else saved a conflicting change at the same moment; reload and make your change again.</source>
        <translation>En anden gemte en modstridende ændring i samme øjeblik; genindlæs, og foretag din ændring igen.</translation>
    </message>
    <message>
        <source>“{address}” is not a database address; give a file path or a URL such as postgresql://host/registry.</source>
        <translation>»{address}« er ikke en databaseadresse; angiv en filsti eller en URL som postgresql://host/registry.</translation>
    </message>
    <message>
        <source>An in-memory database would lose everything on exit; give a file path.</source>
        <translation>En database i hukommelsen ville miste alt ved afslutning; angiv en filsti.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder is read-only for you; choose another location.</source>
        <translation>Kan ikke oprette {path}: mappen er skrivebeskyttet for dig; vælg en anden placering.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Kan ikke oprette {path}: {reason}.</translation>
    </message>
    <message>
        <source>Account Registry cannot talk to “{driver}” databases: the driver is unknown or not installed.</source>
        <translation>Account Registry kan ikke tale med »{driver}«-databaser: driveren er ukendt eller ikke installeret.</translation>
    </message>
    <message>
        <source>Cannot use the database server {where}: {detail}</source>
        <translation type="vanished">Kan ikke bruge databaseserveren {where}: {detail}</translation>
    </message>
    <message>
        <source>{where} is locked by another program (perhaps another Account Registry window); close it and try again.</source>
        <translation>{where} er låst af et andet program (måske et andet Account Registry-vindue); luk det, og prøv igen.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; close it and try again.</source>
        <translation>{where} er låst af et andet program; luk det, og prøv igen.</translation>
    </message>
    <message>
        <source>{where} is read-only for you; ask for write access or open a copy.</source>
        <translation>{where} er skrivebeskyttet for dig; bed om skriveadgang, eller åbn en kopi.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again. Nothing was saved.</source>
        <translation>Disken med {where} er fuld; frigør plads, og prøv igen. Intet blev gemt.</translation>
    </message>
    <message>
        <source>{where} is damaged; restore it from a backup (Account Registry keeps one beside it before every upgrade).</source>
        <translation>{where} er beskadiget; gendan den fra en backup (Account Registry gemmer en ved siden af den før hver opgradering).</translation>
    </message>
    <message>
        <source>{where} is not an Account Registry database (it is not an SQLite file); nothing was changed.</source>
        <translation>{where} er ikke en Account Registry-database (det er ikke en SQLite-fil); intet blev ændret.</translation>
    </message>
    <message>
        <source>Cannot open {where}: check that the folder exists and that you may write to it.</source>
        <translation>Kan ikke åbne {where}: tjek, at mappen findes, og at du må skrive i den.</translation>
    </message>
    <message>
        <source>You do not have permission to use {where}.</source>
        <translation>Du har ikke tilladelse til at bruge {where}.</translation>
    </message>
    <message>
        <source>Reading or writing {where} failed (a disk or network drive problem); check the drive and try again.</source>
        <translation>Læsning eller skrivning af {where} mislykkedes (et problem med disken eller netværksdrevet); tjek drevet, og prøv igen.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Account Registry (schema {revision}); install that version to open it. Nothing was changed.</source>
        <translation>{where} er skrevet af en nyere version af Account Registry (skema {revision}); installér den version for at åbne den. Intet blev ændret.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not an Account Registry database; nothing was changed.</source>
        <translation>{path} er en SQLite-database fra et andet program, ikke en Account Registry-database; intet blev ændret.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path, or create a registry there first: “accountregistry settings set --name …” for your organisation, or “accountregistry demo” for the sample.</source>
        <translation>{path} findes ikke; tjek stien, eller opret først et register der: »accountregistry settings set --name …« for jeres organisation eller »accountregistry demo« for eksemplet.</translation>
    </message>
    <message>
        <source>{where} needs an upgrade to this version&apos;s schema; run “accountregistry migrate”.</source>
        <translation>{where} skal opgraderes til denne versions skema; kør »accountregistry migrate«.</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>Backuppen skal skrives til en anden fil end selve databasen.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} findes allerede; vælg et nyt filnavn til backuppen.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Der er ingen person med id {person_id}.</translation>
    </message>
    <message>
        <source>No person with the work email “{email}” is in the registry.</source>
        <translation>Der er ingen person med arbejds-e-mailen »{email}« i registret.</translation>
    </message>
    <message>
        <source>{name} already has the work email {email}.</source>
        <translation>{name} har allerede arbejds-e-mailen {email}.</translation>
    </message>
    <message>
        <source>A person who is leaving or has left needs a last working day.</source>
        <translation>En person, der fratræder eller er fratrådt, skal have en sidste arbejdsdag.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>En person kan ikke være sin egen leder.</translation>
    </message>
    <message>
        <source>Person {person_id} was already anonymised; it cannot be undone.</source>
        <translation>Person {person_id} er allerede anonymiseret; det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>{name} is {status}; only people who have left can be anonymised.</source>
        <translation>{name} er {status}; kun personer, der er fratrådt, kan anonymiseres.</translation>
    </message>
    <message>
        <source>{name} still holds active roles ({count}); revoke them or finish the offboarding first. Nothing was changed.</source>
        <translation>{name} har stadig aktive roller ({count}); tilbagekald dem eller afslut fratrædelsen først. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The command line writes the access request as JSON (FILE.json); for a readable PDF use People → Privacy → Export this person&apos;s data… in the window.</source>
        <translation type="vanished">Kommandolinjen skriver indsigtsanmodningen som JSON (FIL.json); brug Personer → Privatliv → Eksportér denne persons data… i vinduet for en læsbar PDF.</translation>
    </message>
    <message>
        <source>{name} has an open offboarding; close or cancel it first. Nothing was changed.</source>
        <translation>{name} har en åben fratrædelse; luk eller annullér den først. Intet blev ændret.</translation>
    </message>
    <message>
        <source>{label}: a person cannot be their own manager.</source>
        <translation>{label}: en person kan ikke være sin egen leder.</translation>
    </message>
    <message>
        <source>The chosen manager is not in the registry.</source>
        <translation>Den valgte leder findes ikke i registret.</translation>
    </message>
    <message>
        <source>“{value}” is not a layout of the report; use one of {allowed}.</source>
        <translation>»{value}« er ikke et layout af rapporten; brug et af {allowed}.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than the import reads: at most {limit} MB, and no part more than {ratio} times its packed size. Split it into smaller files.</source>
        <translation type="vanished">{file} fylder mere udpakket, end importen læser: højst {limit} MB, og ingen del mere end {ratio} gange sin pakkede størrelse. Del den op i mindre filer.</translation>
    </message>
    <message>
        <source>The columns of {file} seem shifted from line {line}: {count} rows from there on do not have the header&apos;s {width} cells, so their values would land under the wrong headings. A delimiter inside a cell was probably not quoted, or a spreadsheet split a cell in two.</source>
        <translation>Kolonnerne i {file} ser ud til at være forskudt fra linje {line}: {count} rækker derfra har ikke overskriftens {width} celler, så deres værdier ville havne under de forkerte overskrifter. Et skilletegn i en celle er sandsynligvis ikke sat i anførselstegn, eller et regneark har delt en celle i to.</translation>
    </message>
    <message>
        <source>31 Dec 2026 or 2026-12-31</source>
        <translation>31.12.2026 eller 2026-12-31</translation>
    </message>
    <message>
        <source>{path} already exists; give another file name, or add --replace to write over it. Nothing was written.</source>
        <translation>{path} findes allerede; angiv et andet filnavn, eller tilføj --replace for at skrive hen over den. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the part that makes PDFs stopped unexpectedly (status {status}); what it said is above. Nothing was written.</source>
        <translation>Kan ikke skrive {path}: den del, der laver PDF&apos;er, stoppede uventet (status {status}); hvad den skrev, står ovenfor. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>There is no account with id {account_id}.</source>
        <translation>Der er ingen konto med id {account_id}.</translation>
    </message>
    <message>
        <source>“{text}” is neither an account id nor an account address: {reason}</source>
        <translation>»{text}« er hverken et konto-id eller en kontoadresse: {reason}</translation>
    </message>
    <message>
        <source>{url} is not in the registry.</source>
        <translation>{url} findes ikke i registret.</translation>
    </message>
    <message>
        <source>{platform} {handle} is already in the registry.</source>
        <translation>{platform} {handle} findes allerede i registret.</translation>
    </message>
    <message>
        <source>Paste the account&apos;s address, or choose a platform and type the handle.</source>
        <translation>Indsæt kontoens adresse, eller vælg en platform og skriv brugernavnet.</translation>
    </message>
    <message>
        <source>{platform} has no {presence}; choose one of: {allowed}.</source>
        <translation>{platform} har ingen {presence}; vælg en af: {allowed}.</translation>
    </message>
    <message>
        <source>Type the {platform} handle, or paste the address.</source>
        <translation>Skriv brugernavnet på {platform}, eller indsæt adressen.</translation>
    </message>
    <message>
        <source>The chosen holder is not in the registry.</source>
        <translation>Den valgte indehaver findes ikke i registret.</translation>
    </message>
    <message>
        <source>The chosen escalation contact is not in the registry.</source>
        <translation>Den valgte eskaleringskontakt findes ikke i registret.</translation>
    </message>
    <message>
        <source>{name} is already {role} of this account.</source>
        <translation>{name} er allerede {role} for denne konto.</translation>
    </message>
    <message>
        <source>There is no role grant with id {role_id}.</source>
        <translation>Der er ingen rolletildeling med id {role_id}.</translation>
    </message>
    <message>
        <source>This role was already revoked on {day}.</source>
        <translation>Rollen blev allerede fjernet den {day}.</translation>
    </message>
    <message>
        <source>A role cannot be revoked before it was granted ({day}).</source>
        <translation>En rolle kan ikke fjernes, før den blev tildelt ({day}).</translation>
    </message>
    <message>
        <source>The chosen successor is not in the registry.</source>
        <translation>Den valgte efterfølger findes ikke i registret.</translation>
    </message>
    <message>
        <source>“{value}” is not an email domain (expected e.g. acme.dk).</source>
        <translation>»{value}« er ikke et e-maildomæne (forventet f.eks. acme.dk).</translation>
    </message>
    <message>
        <source>There is no offboarding with id {case_id}.</source>
        <translation>Der er ingen fratrædelse med id {case_id}.</translation>
    </message>
    <message>
        <source>There is no checklist item with id {item_id}.</source>
        <translation>Der er intet tjeklistepunkt med id {item_id}.</translation>
    </message>
    <message>
        <source>{name} has no offboarding; start one first.</source>
        <translation>{name} har intet fratrædelsesforløb; start et først.</translation>
    </message>
    <message>
        <source>The last working day {day} is more than {days} days ago; check the year.</source>
        <translation>Den sidste arbejdsdag {day} ligger mere end {days} dage tilbage; tjek årstallet.</translation>
    </message>
    <message>
        <source>The last working day {day} is more than two years ahead; check the year.</source>
        <translation>Den sidste arbejdsdag {day} ligger mere end to år fremme; tjek årstallet.</translation>
    </message>
    <message>
        <source>{name} cannot be their own successor; choose someone who stays.</source>
        <translation>{name} kan ikke være sin egen efterfølger; vælg en, der bliver.</translation>
    </message>
    <message>
        <source>{name} has left the company and cannot be the successor.</source>
        <translation>{name} er fratrådt og kan ikke være efterfølger.</translation>
    </message>
    <message>
        <source>{name} has already left; an offboarding is started before the last working day.</source>
        <translation>{name} er allerede fratrådt; et fratrædelsesforløb startes før den sidste arbejdsdag.</translation>
    </message>
    <message>
        <source>{name} already has an open offboarding (last working day {day}); change that one instead.</source>
        <translation>{name} har allerede et åbent fratrædelsesforløb (sidste arbejdsdag {day}); ret det i stedet.</translation>
    </message>
    <message>
        <source>{name} already has an open offboarding; reload and change that one.</source>
        <translation>{name} har allerede et åbent fratrædelsesforløb; genindlæs, og ret det.</translation>
    </message>
    <message>
        <source>{name} has another open offboarding; close or cancel it before reopening this one.</source>
        <translation>{name} har et andet åbent fratrædelsesforløb; luk eller annullér det, før du genåbner dette.</translation>
    </message>
    <message>
        <source>This offboarding is closed; reopen it first.</source>
        <translation>Fratrædelsesforløbet er lukket; genåbn det først.</translation>
    </message>
    <message>
        <source>This offboarding was cancelled; reopen it first.</source>
        <translation>Fratrædelsesforløbet er annulleret; genåbn det først.</translation>
    </message>
    <message>
        <source>This offboarding is already {status}.</source>
        <translation>Fratrædelsesforløbet er allerede {status}.</translation>
    </message>
    <message>
        <source>This offboarding is {status}; only an open one can be cancelled.</source>
        <translation>Fratrædelsesforløbet er {status}; kun et åbent forløb kan annulleres.</translation>
    </message>
    <message>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv, hvorfor du genåbner fratrædelsesforløbet; der skal angives en begrundelse.</translation>
    </message>
    <message>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv, hvorfor du annullerer fratrædelsesforløbet; der skal angives en begrundelse.</translation>
    </message>
    <message>
        <source>Item {number} is already done ({by}); reopen it first to change it.</source>
        <translation>Punkt {number} er allerede udført ({by}); genåbn det først for at ændre det.</translation>
    </message>
    <message>
        <source>Item {number} was waived ({reason}); reopen it first to change it.</source>
        <translation>Punkt {number} er frafaldet ({reason}); genåbn det først for at ændre det.</translation>
    </message>
    <message>
        <source>Item {number} is already open.</source>
        <translation>Punkt {number} er allerede åbent.</translation>
    </message>
    <message>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv, hvorfor punktet frafaldes; et frafaldet punkt kræver en begrundelse.</translation>
    </message>
    <message>
        <source>{account} is a personal account: it stays with its holder and is never handed over; waive this item with a reason instead.</source>
        <translation>{account} er en personlig konto: den bliver hos sin indehaver og overdrages aldrig; frafald i stedet punktet med en begrundelse.</translation>
    </message>
    <message>
        <source>Choose a successor for the offboarding of {leaver} before completing this handover: {leaver}&apos;s roles on {account} go to the successor.</source>
        <translation>Vælg en efterfølger i fratrædelsesforløbet for {leaver}, før denne overdragelse udføres: rollerne på {account} for {leaver} går til efterfølgeren.</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} cannot be closed yet. Remaining: {count}.</source>
        <translation>Fratrædelsesforløbet for {leaver} kan ikke lukkes endnu. Mangler: {count}.</translation>
    </message>
    <message>
        <source>The keyring failed; try again.</source>
        <translation>Nøgleringen fejlede; prøv igen.</translation>
    </message>
    <message>
        <source>The keyring failed ({error}); try again, and if it keeps failing, restart your keyring application.</source>
        <translation>Nøgleringen fejlede ({error}); prøv igen, og genstart dit nøgleringsprogram, hvis det bliver ved med at fejle.</translation>
    </message>
    <message>
        <source>The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your keyring application, or by logging in again) and try again.</source>
        <translation>Nøgleringen er låst, eller dens anmodning om oplåsning blev afvist; lås den op (f.eks. i dit nøgleringsprogram eller ved at logge ind igen), og prøv igen.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time; check whether it is showing an unlock prompt, or restart it, and try again.</source>
        <translation>Nøgleringen svarede ikke i tide; se efter, om den beder om at blive låst op, eller genstart den, og prøv igen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer; install and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Der er ingen nøglering på denne computer; installér og lås en Secret Service op, f.eks. GNOME-nøglering eller KWallet, og prøv så igen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer; check that the operating system&apos;s credential store works, then try again.</source>
        <translation>Der er ingen nøglering på denne computer; tjek, at styresystemets lager til adgangsoplysninger virker, og prøv så igen.</translation>
    </message>
    <message>
        <source>Keyring storage is switched off (the null keyring is configured); choose the operating system&apos;s keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.</source>
        <translation>Lagring i nøglering er slået fra (null-nøgleringen er valgt); vælg styresystemets nøglering i keyringrc.cfg eller PYTHON_KEYRING_BACKEND for at gemme logins.</translation>
    </message>
    <message>
        <source>The configured keyring keeps secrets in a file of its own, not in the operating system&apos;s keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager instead.</source>
        <translation>Den valgte nøglering gemmer hemmeligheder i sin egen fil, ikke i styresystemets nøglering; vælg i stedet GNOME-nøglering, KWallet, macOS-nøglering eller Windows Legitimationsstyring.</translation>
    </message>
    <message>
        <source>The keyring has no usable default collection; open your keyring application (such as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.</source>
        <translation>Nøgleringen har ingen brugbar standardsamling; åbn dit nøgleringsprogram (f.eks. Seahorse eller KWallet Manager), opret eller lås standardnøgleringen op, og prøv igen.</translation>
    </message>
    <message>
        <source>{label} is not stored in the keyring for account {account_id}; set it again.</source>
        <translation>{label} er ikke gemt i nøgleringen for konto {account_id}; angiv det igen.</translation>
    </message>
    <message>
        <source>{label} is not stored in the keyring for account {account_id}.</source>
        <translation>{label} er ikke gemt i nøgleringen for konto {account_id}.</translation>
    </message>
    <message>
        <source>Account {account_id} has no stored login to mark as rotated; store it first.</source>
        <translation>Konto {account_id} har intet gemt login, der kan markeres som skiftet; gem det først.</translation>
    </message>
    <message>
        <source>That is not a login field; choose one of: {allowed}.</source>
        <translation>Det er ikke et loginfelt; vælg et af: {allowed}.</translation>
    </message>
    <message>
        <source>{label} is empty; type or paste it.</source>
        <translation>{label}: feltet er tomt; skriv eller indsæt.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}: for langt (højst {limit} tegn).</translation>
    </message>
    <message>
        <source>Give the secret on standard input.</source>
        <translation>Angiv hemmeligheden på standardinput.</translation>
    </message>
    <message>
        <source>A personal account&apos;s login belongs to its holder; the registry does not store it.</source>
        <translation>En personlig kontos login tilhører indehaveren; registret gemmer det ikke.</translation>
    </message>
    <message>
        <source>Record whether account {account_id} is a company, employee-role or personal account before storing its login.</source>
        <translation>Registrér, om konto {account_id} er en virksomheds-, medarbejderrolle- eller personlig konto, før dens login gemmes.</translation>
    </message>
    <message>
        <source>Consent to ambassador work is given for a personal profile; this is a {kind} account, which the company uses without anyone&apos;s consent.</source>
        <translation>Samtykke til ambassadørarbejde gives for en personlig profil; dette er en konto af typen {kind}, som virksomheden bruger uden nogens samtykke.</translation>
    </message>
    <message>
        <source>Record that this is a personal account before recording its holder&apos;s consent.</source>
        <translation>Registrér, at dette er en personlig konto, før indehaverens samtykke registreres.</translation>
    </message>
    <message>
        <source>Record whose profile this is (its holder) before recording their consent.</source>
        <translation>Registrér, hvis profil dette er (indehaveren), før samtykket registreres.</translation>
    </message>
    <message>
        <source>Consent for this profile is already recorded (given on {day}); withdraw it first to record a new one.</source>
        <translation>Samtykke for denne profil er allerede registreret (givet {day}); træk det tilbage først for at registrere et nyt.</translation>
    </message>
    <message>
        <source>“{value}” is not something the company may ask; use: {allowed}.</source>
        <translation>»{value}« er ikke noget, virksomheden må bede om; brug: {allowed}.</translation>
    </message>
    <message>
        <source>There is no consent record with id {record_id}.</source>
        <translation type="vanished">Der er ingen samtykkeregistrering med id {record_id}.</translation>
    </message>
    <message>
        <source>{option} takes NAME=TEXT; “{value}” has no “=”.</source>
        <translation>{option} tager NAVN=TEKST; »{value}« har intet »=«.</translation>
    </message>
    <message>
        <source>“{area}” is not an area of the policy; use one of: {allowed}, or add an area of your own with its heading.</source>
        <translation>»{area}« er ikke et område i politikken; brug et af: {allowed}, eller tilføj jeres eget område med overskrift.</translation>
    </message>
    <message>
        <source>Write the policy&apos;s text for at least one area.</source>
        <translation>Skriv politikkens tekst for mindst ét område.</translation>
    </message>
    <message>
        <source>No version of the social-media policy is in force yet; record one first.</source>
        <translation>Ingen version af politikken for sociale medier er gældende endnu; registrér en først.</translation>
    </message>
    <message>
        <source>There is no version {version} of the social-media policy.</source>
        <translation>Politikken for sociale medier har ingen version {version}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; a list of acknowledgements is one work email and date per line.</source>
        <translation>{file} er større end {limit} MB; en liste over kvitteringer er én arbejdsmail og dato pr. linje.</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8; save the list as UTF-8 text or CSV.</source>
        <translation>{file} er ikke tekst i UTF-8; gem listen som UTF-8-tekst eller CSV.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Kan ikke læse {file}: {reason}.</translation>
    </message>
    <message>
        <source>url;display_name;kind (or platform;handle;…)</source>
        <translation>url;display_name;kind (eller platform;handle;…)</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the import reads from a workbook: at most {limit} MB, and no part more than {ratio} times its packed size. Import it as a CSV file (the export writes CSV too), or split it into smaller files.</source>
        <translation type="vanished">{file} fylder {size} MB udpakket, mere end importen læser fra en projektmappe: højst {limit} MB, og ingen del mere end {ratio} gange sin pakkede størrelse. Importér den som en CSV-fil (eksporten skriver også CSV), eller del den op i mindre filer.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the {limit} MB the import reads from a workbook: to import these accounts again, export them as CSV.</source>
        <translation>{file} fylder {size} MB udpakket, mere end de {limit} MB, importen læser fra en projektmappe: eksportér kontiene som CSV for at kunne importere dem igen.</translation>
    </message>
    <message>
        <source>Cells with formulas in {file}: {count}. Each is read as its formula&apos;s text, as typed (such as “=A1+1”), never calculated.</source>
        <translation>Celler med formler i {file}: {count}. Hver læses som formlens tekst, som den er skrevet (f.eks. »=A1+1«), og beregnes aldrig.</translation>
    </message>
    <message>
        <source>The columns of {file} seem shifted from line {line}: the column “{column}” holds what belongs under “{holds}” in {count} of the {rows} rows from there on. A cell was probably added or left out in those rows; the reasons for each line follow.</source>
        <translation>Kolonnerne i {file} ser ud til at være forskudt fra linje {line}: kolonnen »{column}« indeholder det, der hører under »{holds}«, i {count} af de {rows} rækker derfra. En celle er sandsynligvis tilføjet eller udeladt i de rækker; årsagerne for hver linje følger.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example {example}).</source>
        <translation>»{text}« er ikke en dato (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists (for example {example}).</source>
        <translation>»{text}« er ikke en dato, der findes (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year more than 50 years from now; write the year in full (for example {example}).</source>
        <translation>»{text}« har et årstal med to cifre, der ligger mere end 50 år fra i dag; skriv hele årstallet (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a complete date (for example {example}).</source>
        <translation>»{text}« er ikke en fuldstændig dato (f.eks. {example}).</translation>
    </message>
    <message>
        <source>[former employee {id}]</source>
        <translation>[tidligere medarbejder {id}]</translation>
    </message>
    <message>
        <source>Ambassador consent is its holder&apos;s own record, not a field of the account: record it with “consent give ACCOUNT” and end it with “consent withdraw ACCOUNT”.</source>
        <translation>Samtykke til ambassadørarbejde er indehaverens egen registrering, ikke et felt på kontoen: registrér det med »consent give ACCOUNT«, og afslut det med »consent withdraw ACCOUNT«.</translation>
    </message>
    <message>
        <source>This person holds or administers no account that is looked after: there is nothing for them to agree to.</source>
        <translation>Personen har eller administrerer ingen konto, der passes: der er intet at aftale.</translation>
    </message>
    <message>
        <source>There is no offboarding for this person; a handover confirmation belongs to one.</source>
        <translation>Der er ingen fratrædelse for personen; en overdragelseserklæring hører til en.</translation>
    </message>
    <message>
        <source>There is no agreement with id {agreement_id}.</source>
        <translation>Der er ingen aftale med id {agreement_id}.</translation>
    </message>
    <message>
        <source>{account}: handover terms now version {current} (agreed: {covered})</source>
        <translation>{account}: overdragelsesvilkårene er nu version {current} (aftalt: {covered})</translation>
    </message>
    <message>
        <source>{account}: the mandate changed</source>
        <translation>{account}: mandatet er ændret</translation>
    </message>
    <message>
        <source>{account}: held or administered now, not covered</source>
        <translation>{account}: ejes eller administreres nu, ikke dækket</translation>
    </message>
    <message>
        <source>Name the person and the file: agreement --person EMAIL -o FILE.pdf, or choose an action (record, attach, list, scan).</source>
        <translation>Angiv personen og filen: agreement --person EMAIL -o FIL.pdf, eller vælg en handling (record, attach, list, scan).</translation>
    </message>
    <message>
        <source>There is no attached scan with id {attachment_id}.</source>
        <translation>Der er ingen vedhæftet scanning med id {attachment_id}.</translation>
    </message>
    <message>
        <source>Scan {attachment_id} was removed on {removed_on}, when the person who signed it was anonymised; the agreement&apos;s date and channel are kept.</source>
        <translation>Scanning {attachment_id} blev fjernet {removed_on}, da personen der underskrev den blev anonymiseret; aftalens dato og kanal er bevaret.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; attach a scan of at most {limit} MB.</source>
        <translation>{file} er større end {limit} MB; vedhæft en scanning på højst {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is not a PDF, PNG or JPEG file; attach the signed scan in one of those.</source>
        <translation>{file} er ikke en PDF-, PNG- eller JPEG-fil; vedhæft den underskrevne scanning i et af de formater.</translation>
    </message>
    <message>
        <source>{file} looks like a PDF, PNG or JPEG but is damaged or cut off; scan it again.</source>
        <translation>{file} ligner en PDF, PNG eller JPEG, men er beskadiget eller afkortet; scan den igen.</translation>
    </message>
    <message>
        <source>{file} names nobody: write one work email and date per line.</source>
        <translation>{file} nævner ingen: skriv én arbejdsmail og dato pr. linje.</translation>
    </message>
    <message>
        <source>Line {line} has no date: write the work email, then the day it was acknowledged.</source>
        <translation>Linje {line} har ingen dato: skriv arbejdsmailen og derefter dagen, der blev kvitteret.</translation>
    </message>
    <message>
        <source>Line {line}: nobody in the registry has the work email {email}.</source>
        <translation>Linje {line}: ingen i registret har arbejdsmailen {email}.</translation>
    </message>
    <message>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation>{leaver} er eneste ejer eller administrator af {account}, og der er ikke valgt nogen efterfølger.</translation>
    </message>
    <message>
        <source>Overdue since {day}: {title}</source>
        <translation>Forsinket siden {day}: {title}</translation>
    </message>
    <message>
        <source>The last working day, {day}, has passed. Items still open: {count}.</source>
        <translation>Den sidste arbejdsdag, {day}, er overskredet. Åbne punkter: {count}.</translation>
    </message>
    <message>
        <source>The last working day is {day}; business days left: {days}. Items still open: {count}.</source>
        <translation>Den sidste arbejdsdag er {day}; arbejdsdage tilbage: {days}. Åbne punkter: {count}.</translation>
    </message>
    <message>
        <source>item {number} is open (due {day}, {assignee}): {title}</source>
        <translation>punkt {number} er åbent (frist {day}, {assignee}): {title}</translation>
    </message>
    <message>
        <source>{leaver} is still {role} of {account}</source>
        <translation>{leaver} er stadig {role} for {account}</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} »{name}«</translation>
    </message>
    <message>
        <source>Other {presence} “{name}”</source>
        <translation>{presence} »{name}« på en anden platform</translation>
    </message>
    <message>
        <source>“{platform}” is not a known platform: use one of {known}.</source>
        <translation>»{platform}« er ikke en kendt platform: brug en af {known}.</translation>
    </message>
    <message>
        <source>“{presence}” is not a kind of account: use {allowed}.</source>
        <translation>»{presence}« er ikke en slags konto: brug {allowed}.</translation>
    </message>
    <message>
        <source>A {platform} account cannot be a {presence}: choose {allowed}.</source>
        <translation>{platform} har ingen konti af typen {presence}: vælg {allowed}.</translation>
    </message>
    <message>
        <source>“{address}” is not the address of an account.</source>
        <translation>»{address}« er ikke adressen på en konto.</translation>
    </message>
    <message>
        <source>Nothing was pasted: paste the address of a profile, page, group or channel (for example {example}).</source>
        <translation>Der blev ikke indsat noget: indsæt adressen på en profil, side, gruppe eller kanal (for eksempel {example}).</translation>
    </message>
    <message>
        <source>The pasted text is {length} characters long, more than the {limit} a web address may have here; paste only the address itself.</source>
        <translation>Den indsatte tekst er {length} tegn lang, mere end de {limit} en webadresse må have her; indsæt kun selve adressen.</translation>
    </message>
    <message>
        <source>“{address}” is longer than {limit} characters once written as a standard web address; paste a shorter address for the same page.</source>
        <translation>»{address}« bliver længere end {limit} tegn, når den skrives som en standard-webadresse; indsæt en kortere adresse til samme side.</translation>
    </message>
    <message>
        <source>“{address}” contains spaces or line breaks, which a web address never has; paste only the address itself.</source>
        <translation>»{address}« indeholder mellemrum eller linjeskift, som en webadresse aldrig har; indsæt kun selve adressen.</translation>
    </message>
    <message>
        <source>“{address}” contains control characters; copy the address again from your browser&apos;s address bar.</source>
        <translation>»{address}« indeholder kontroltegn; kopiér adressen igen fra browserens adresselinje.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it should start with https:// (for example {example}).</source>
        <translation>»{address}« er ikke en webadresse: den skal begynde med https:// (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it has no site name after https:// (for example {example}).</source>
        <translation>»{address}« er ikke en webadresse: der er intet sitenavn efter https:// (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: its site name “{host}” may only contain letters, digits, hyphens and dots, and must end in a domain ending such as .com.</source>
        <translation>»{address}« er ikke en webadresse: sitenavnet »{host}« må kun indeholde bogstaver, cifre, bindestreger og punktummer og skal slutte med en domæneendelse som .dk.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: its site name “{host}” has no dot in it (for example {example}).</source>
        <translation>»{address}« er ikke en webadresse: sitenavnet »{host}« har intet punktum (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: the part after the colon in its site name is not a port number.</source>
        <translation>»{address}« er ikke en webadresse: delen efter kolonet i sitenavnet er ikke et portnummer.</translation>
    </message>
    <message>
        <source>“{address}” uses a numeric IP address instead of a site name; paste the address with the site&apos;s name instead.</source>
        <translation>»{address}« bruger en numerisk IP-adresse i stedet for et sitenavn; indsæt adressen med sitets navn i stedet.</translation>
    </message>
    <message>
        <source>“{address}” is not on {platform}: its site name {host} imitates {platform}&apos;s with look-alike letters; copy the address from {platform} itself.</source>
        <translation>»{address}« er ikke på {platform}: sitenavnet {host} efterligner {platform} med bogstaver, der blot ligner; kopiér adressen fra selve {platform}.</translation>
    </message>
    <message>
        <source>“{address}” has a site name that mixes letters of different alphabets ({host}), a trick used to imitate well-known sites; copy the address again from your browser&apos;s address bar.</source>
        <translation>»{address}« har et sitenavn, der blander bogstaver fra forskellige alfabeter ({host}), et trick der efterligner kendte sites; kopiér adressen igen fra browserens adresselinje.</translation>
    </message>
    <message>
        <source>“{address}” has a user name or a second site name before an @, a trick used to disguise where an address leads; copy the address again from your browser&apos;s address bar.</source>
        <translation>»{address}« har et brugernavn eller et andet sitenavn foran et @, et trick der skjuler, hvor en adresse fører hen; kopiér adressen igen fra browserens adresselinje.</translation>
    </message>
    <message>
        <source>“{address}” is an e-mail address, not a social-media account; paste the web address of the profile, page, group or channel (a Mastodon address is written @name@server).</source>
        <translation>»{address}« er en e-mailadresse, ikke en konto på sociale medier; indsæt webadressen på profilen, siden, gruppen eller kanalen (en Mastodon-adresse skrives @navn@server).</translation>
    </message>
    <message>
        <source>“{address}” is only a name, which could belong to any platform; paste the full address of the account (for example {example}), or write a Mastodon address as @name@server.</source>
        <translation>»{address}« er kun et navn, som kan høre til enhver platform; indsæt kontoens fulde adresse (for eksempel {example}), eller skriv en Mastodon-adresse som @navn@server.</translation>
    </message>
    <message>
        <source>“{address}” is a short link; open it in your browser and paste the address it shows.</source>
        <translation>»{address}« er et kort link; åbn det i din browser, og indsæt den adresse, den viser.</translation>
    </message>
    <message>
        <source>“{address}” is a post, photo, video or share link on {platform}, not an account; paste the address of the profile or page instead (for example {example}).</source>
        <translation>»{address}« er et opslag, billede, video eller delingslink på {platform}, ikke en konto; indsæt i stedet adressen på profilen eller siden (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is a page of search results, not an account; open the result and paste the address of the account.</source>
        <translation>»{address}« er en side med søgeresultater, ikke en konto; åbn resultatet, og indsæt kontoens adresse.</translation>
    </message>
    <message>
        <source>“{address}” is the home page of {platform}, not an account; paste the address of the profile, page, group or channel itself (for example {example}).</source>
        <translation>»{address}« er forsiden af {platform}, ikke en konto; indsæt adressen på selve profilen, siden, gruppen eller kanalen (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not the address of an account on {platform}; paste the address of the profile, page, group or channel itself (for example {example}).</source>
        <translation>»{address}« er ikke adressen på en konto på {platform}; indsæt adressen på selve profilen, siden, gruppen eller kanalen (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a valid {platform} address: “{name}” should {rule}.</source>
        <translation>»{address}« er ikke en gyldig {platform}-adresse: »{name}« skal {rule}.</translation>
    </message>
    <message>
        <source>“{address}” stops before the account&apos;s name after “{head}”; paste the full address (for example {example}).</source>
        <translation>»{address}« slutter før kontoens navn efter »{head}«; indsæt hele adressen (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a valid Mastodon address: it should {rule}.</source>
        <translation>»{address}« er ikke en gyldig Mastodon-adresse: den skal {rule}.</translation>
    </message>
    <message>
        <source>“{address}” names {platform}, not a Mastodon server; paste the {platform} address of the account instead (for example {example}).</source>
        <translation>»{address}« nævner {platform}, ikke en Mastodon-server; indsæt i stedet kontoens {platform}-adresse (for eksempel {example}).</translation>
    </message>
    <message>
        <source>The {platform} handle is empty: type it, for example “{example}”.</source>
        <translation>{platform}-navnet er tomt: skriv det, for eksempel »{example}«.</translation>
    </message>
    <message>
        <source>“{handle}” is not a valid handle: it must be one word without spaces or invisible characters.</source>
        <translation>»{handle}« er ikke et gyldigt navn: det skal være ét ord uden mellemrum eller usynlige tegn.</translation>
    </message>
    <message>
        <source>“{handle}” is not a valid {platform} {presence} handle like “{example}”: it should {rule}.</source>
        <translation>»{handle}« er ikke et gyldigt navn for en {platform}-{presence} som »{example}«: det skal {rule}.</translation>
    </message>
    <message>
        <source>“{handle}” is the address of a {platform} {presence}; register it as {platform} {presence} instead.</source>
        <translation>»{handle}« er adressen på en {platform}-{presence}; registrér den som {platform}-{presence} i stedet.</translation>
    </message>
    <message>
        <source>“{handle}” cannot be turned into a {platform} address.</source>
        <translation>»{handle}« kan ikke laves om til en {platform}-adresse.</translation>
    </message>
    <message>
        <source>This may be {platform} {handle} (account {id}) under another name: it has the same display name, “{display_name}”.</source>
        <translation>Dette kan være {platform} {handle} (konto {id}) under et andet navn: den har samme visningsnavn, »{display_name}«.</translation>
    </message>
    <message>
        <source>This may be {platform} {handle} (account {id}) under another name: its address has the same number, {number}.</source>
        <translation>Dette kan være {platform} {handle} (konto {id}) under et andet navn: dens adresse har samme nummer, {number}.</translation>
    </message>
    <message>
        <source>Account {id} ({platform} {handle}) would now be {platform} {new_handle}, like account {other_id}: they may be one account registered twice; archive one of them or correct its address.</source>
        <translation>Konto {id} ({platform} {handle}) ville nu være {platform} {new_handle} ligesom konto {other_id}: de kan være én konto registreret to gange; arkivér en af dem, eller ret dens adresse.</translation>
    </message>
    <message>
        <source>This row would update account {id}, {platform} {handle}, but that account&apos;s own address {url} is now recognised as {new_platform} {new_handle}: check which account the row means, and correct that account first.</source>
        <translation>Denne række ville opdatere konto {id}, {platform} {handle}, men kontoens egen adresse {url} genkendes nu som {new_platform} {new_handle}: tjek, hvilken konto rækken mener, og ret den konto først.</translation>
    </message>
    <message>
        <source>be {low} to {high} letters or digits</source>
        <translation>være {low} til {high} bogstaver eller cifre</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or underscores</source>
        <translation>være {low} til {high} bogstaver, cifre eller understreger</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots or underscores</source>
        <translation>være {low} til {high} bogstaver, cifre, punktummer eller understreger</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots, hyphens or underscores</source>
        <translation>være {low} til {high} bogstaver, cifre, punktummer, bindestreger eller understreger</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, hyphens or underscores</source>
        <translation>være {low} til {high} bogstaver, cifre, bindestreger eller understreger</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or hyphens</source>
        <translation>være {low} til {high} bogstaver, cifre eller bindestreger</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or dots</source>
        <translation>være {low} til {high} bogstaver, cifre eller punktummer</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or single hyphens, not starting or ending with a hyphen</source>
        <translation>være {low} til {high} bogstaver, cifre eller enkelte bindestreger, dog ikke først eller sidst</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or underscores, starting with a letter</source>
        <translation>være {low} til {high} bogstaver, cifre eller understreger og begynde med et bogstav</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots, hyphens or underscores, starting with a letter</source>
        <translation>være {low} til {high} bogstaver, cifre, punktummer, bindestreger eller understreger og begynde med et bogstav</translation>
    </message>
    <message>
        <source>be up to {high} characters without spaces, slashes, colons or @</source>
        <translation>være højst {high} tegn uden mellemrum, skråstreger, koloner eller @</translation>
    </message>
    <message>
        <source>be a number of {low} to {high} digits</source>
        <translation>være et tal på {low} til {high} cifre</translation>
    </message>
    <message>
        <source>be a phone number with its country code, {low} to {high} digits</source>
        <translation>være et telefonnummer med landekode, {low} til {high} cifre</translation>
    </message>
    <message>
        <source>be the code from the invitation link, in letters and digits</source>
        <translation>være koden fra invitationslinket, med bogstaver og cifre</translation>
    </message>
    <message>
        <source>be a member id: ACoAA followed by letters and digits</source>
        <translation>være et medlems-id: ACoAA efterfulgt af bogstaver og cifre</translation>
    </message>
    <message>
        <source>be a channel id: UC followed by 22 letters, digits, hyphens or underscores</source>
        <translation>være et kanal-id: UC efterfulgt af 22 bogstaver, cifre, bindestreger eller understreger</translation>
    </message>
    <message>
        <source>be a domain name such as {example}</source>
        <translation>være et domænenavn som {example}</translation>
    </message>
    <message>
        <source>be a DID such as did:plc: followed by 24 letters and digits</source>
        <translation>være et DID som did:plc: efterfulgt af 24 bogstaver og cifre</translation>
    </message>
    <message>
        <source>be a user name and its server joined by @, such as {example}</source>
        <translation>være et brugernavn og dets server forbundet med @, som {example}</translation>
    </message>
    <message>
        <source>be a place id: ChIJ followed by letters, digits, hyphens or underscores</source>
        <translation>være et steds-id: ChIJ efterfulgt af bogstaver, cifre, bindestreger eller understreger</translation>
    </message>
    <message>
        <source>{label} “{value}” is already on line {line} of the file; a person can be in it once.</source>
        <translation>{label} »{value}« står allerede på linje {line} i filen; en person kan kun stå der én gang.</translation>
    </message>
    <message>
        <source>{label} “{value}” is neither in the registry nor in the file.</source>
        <translation>{label} »{value}« findes hverken i registret eller i filen.</translation>
    </message>
    <message>
        <source>{label}: this person has an open offboarding; change it there, not by an import.</source>
        <translation>{label}: personen har en åben fratrædelse; ret det der, ikke ved en import.</translation>
    </message>
    <message>
        <source>{path} is the registry&apos;s own database; choose another file.</source>
        <translation>{path} er registrets egen database; vælg en anden fil.</translation>
    </message>
    <message>
        <source>Other changes on {where} kept getting in the way of this one; nothing was saved. Try again in a moment.</source>
        <translation>Andre ændringer på {where} kom hele tiden i vejen for denne; intet blev gemt. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The login “{login}” is already linked to {name}; a login belongs to one person.</source>
        <translation>Loginnet »{login}« er allerede knyttet til {name}; et login hører til én person.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the server.</source>
        <translation>Kopieringen blev annulleret; intet blev kopieret til serveren.</translation>
    </message>
    <message>
        <source>accountregistry: warning: {warning}</source>
        <translation>accountregistry: advarsel: {warning}</translation>
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
        <translation>accountregistry: ukendte kolonner blev sprunget over: {columns}</translation>
    </message>
    <message>
        <source>Set up access to {where}: {roles}. Give people a role with “accountregistry access grant LOGIN reader|editor|owner”.</source>
        <translation>Adgangen til {where} er sat op: {roles}. Giv folk en rolle med »accountregistry access grant LOGIN reader|editor|owner«.</translation>
    </message>
    <message>
        <source>{login} is now {role} in {where}.</source>
        <translation>{login} er nu {role} i {where}.</translation>
    </message>
    <message>
        <source>{login} is no longer {role} in {where}.</source>
        <translation>{login} er ikke længere {role} i {where}.</translation>
    </message>
    <message>
        <source>Saved account {id} (version {version}).</source>
        <translation>Konto {id} er gemt (version {version}).</translation>
    </message>
    <message>
        <source>Registered account {id}: {platform} {presence} {handle} ({url}).</source>
        <translation type="vanished">Konto {id} er registreret: {platform} {presence} {handle} ({url}).</translation>
    </message>
    <message>
        <source>Registered account {id}: {account} ({url}).</source>
        <translation>Konto {id} er registreret: {account} ({url}).</translation>
    </message>
    <message>
        <source>Wrote the holder&apos;s agreement for {person} to {path}.</source>
        <translation>Indehaverens aftale for {person} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s agreement of {day} ({channel}) as agreement {id}.</source>
        <translation>Aftalen med {person} af {day} ({channel}) er registreret som aftale {id}.</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s handover confirmation of {day} ({channel}) as agreement {id}.</source>
        <translation>Overdragelseserklæringen fra {person} af {day} ({channel}) er registreret som aftale {id}.</translation>
    </message>
    <message>
        <source>Kept {name} ({media_type}, {size} bytes) with agreement {agreement} as scan {id}.</source>
        <translation>{name} ({media_type}, {size} byte) er gemt med aftale {agreement} som scanning {id}.</translation>
    </message>
    <message>
        <source>{person} has no recorded agreement.</source>
        <translation>{person} har ingen registreret aftale.</translation>
    </message>
    <message>
        <source>Wrote {name} ({media_type}) to {path}.</source>
        <translation>{name} ({media_type}) er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Recorded consent for {profile}, given on {day}; may be asked: {scope}. The profile is listed for ambassador work.</source>
        <translation>Samtykket for {profile} er registreret, givet {day}; må spørges om: {scope}. Profilen står på listen til ambassadørarbejde.</translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>intet nævnt</translation>
    </message>
    <message>
        <source>Consent for {profile} was already withdrawn on {day}; that withdrawal is kept as first recorded. The profile is {listed}.</source>
        <translation>Samtykket for {profile} var allerede trukket tilbage {day}; den tilbagetrækning bevares, som den først blev registreret. Profilen er {listed}.</translation>
    </message>
    <message>
        <source>Recorded that consent for {profile} is withdrawn on {day}; the profile is {listed}.</source>
        <translation>Det er registreret, at samtykket for {profile} er trukket tilbage {day}; profilen er {listed}.</translation>
    </message>
    <message>
        <source>taken off the ambassador list</source>
        <translation>taget af ambassadørlisten</translation>
    </message>
    <message>
        <source>still listed for ambassador work</source>
        <translation>stadig på listen til ambassadørarbejde</translation>
    </message>
    <message>
        <source>not listed for ambassador work</source>
        <translation>ikke på listen til ambassadørarbejde</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Der er ikke registreret noget samtykke.</translation>
    </message>
    <message>
        <source>Stored the {label} of {account} in the keyring.</source>
        <translation>Gemt i nøgleringen: {label} for {account}.</translation>
    </message>
    <message>
        <source>No login is stored for {account}.</source>
        <translation>Der er ikke gemt noget login for {account}.</translation>
    </message>
    <message>
        <source>No account has a stored login.</source>
        <translation>Ingen konto har et gemt login.</translation>
    </message>
    <message>
        <source>Recorded that the login of {account} was rotated by {who} at {when}.</source>
        <translation>Det er registreret, at login for {account} blev skiftet af {who} {when}.</translation>
    </message>
    <message>
        <source>{label} for {account}, one per line; an empty line ends:</source>
        <translation>{label} for {account}, én pr. linje; en tom linje afslutter:</translation>
    </message>
    <message>
        <source>Upgraded {where} to schema {revision}; the previous file was copied to {backup}.</source>
        <translation>{where} er opgraderet til skema {revision}; den tidligere fil blev kopieret til {backup}.</translation>
    </message>
    <message>
        <source>{where} is at schema {revision} (this version&apos;s newest is {head}).</source>
        <translation>{where} er på skema {revision} (denne versions nyeste er {head}).</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {old} to {revision}. pg_dump is not on the PATH, so no backup was written first; take one with your server&apos;s tools from now on.</source>
        <translation>{where} er opgraderet fra skema {old} til {revision}. pg_dump findes ikke i PATH, så der blev ikke skrevet en sikkerhedskopi først; tag en med serverens egne værktøjer fremover.</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {old} to {revision}; pg_dump wrote a backup of the database as it was to {backup}.</source>
        <translation>{where} er opgraderet fra skema {old} til {revision}; pg_dump skrev en sikkerhedskopi af databasen, som den var, til {backup}.</translation>
    </message>
    <message>
        <source>Copied {source} to {target}:</source>
        <translation>{source} er kopieret til {target}:</translation>
    </message>
    <message>
        <source>Backed up {where} to {path}.</source>
        <translation>Sikkerhedskopi af {where} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Filled {where} with the sample organisation {organisation}: {people} people, {accounts} accounts, {roles} administrator roles.</source>
        <translation>{where} er fyldt med eksempelorganisationen {organisation}: {people} personer, {accounts} konti, {roles} administratorroller.</translation>
    </message>
    <message>
        <source>accountregistry: overdue items: {count}.</source>
        <translation>accountregistry: punkter over tiden: {count}.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Intet forfalder.</translation>
    </message>
    <message>
        <source>Open items: {count}, overdue: {overdue}.</source>
        <translation>Åbne punkter: {count}, over tiden: {overdue}.</translation>
    </message>
    <message>
        <source>Wrote the open items of the offboarding of {leaver} to {path} ({count}).</source>
        <translation>De åbne punkter i fratrædelsen af {leaver} er skrevet til {path} ({count}).</translation>
    </message>
    <message>
        <source>Checklist for the offboarding of {leaver} (items: {count}; not started):</source>
        <translation>Tjekliste for fratrædelsen af {leaver} (punkter: {count}; ikke startet):</translation>
    </message>
    <message>
        <source>Started offboarding {case} for {leaver}: last working day {day}, {successor}; items: {count}.</source>
        <translation>Fratrædelse {case} for {leaver} er startet: sidste arbejdsdag {day}, {successor}; punkter: {count}.</translation>
    </message>
    <message>
        <source>Started an internal move {case} for {leaver}: day of the move {day}, {successor}; items: {count}.</source>
        <translation>Intern flytning {case} for {leaver} er startet: flyttedag {day}, {successor}; punkter: {count}.</translation>
    </message>
    <message>
        <source>successor {name}</source>
        <translation>efterfølger {name}</translation>
    </message>
    <message>
        <source>no successor chosen yet</source>
        <translation>ingen efterfølger valgt endnu</translation>
    </message>
    <message>
        <source>Wrote the handover confirmation for {person} to {path}.</source>
        <translation>Overdragelseserklæringen for {person} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Offboarding {case} of {leaver} ({status}): last working day {day}, {successor}; {settled} of {count} items settled.</source>
        <translation>Fratrædelse {case} af {leaver} ({status}): sidste arbejdsdag {day}, {successor}; {settled} af {count} punkter afklaret.</translation>
    </message>
    <message>
        <source>Internal move {case} of {leaver} ({status}): day of the move {day}, {successor}; {settled} of {count} items settled.</source>
        <translation>Intern flytning {case} af {leaver} ({status}): flyttedag {day}, {successor}; {settled} af {count} punkter afklaret.</translation>
    </message>
    <message>
        <source>successor not chosen yet</source>
        <translation>efterfølger ikke valgt endnu</translation>
    </message>
    <message>
        <source>Blockers:</source>
        <translation>Forhindringer:</translation>
    </message>
    <message>
        <source>Done: item {id}: {title}</source>
        <translation>Udført: punkt {id}: {title}</translation>
    </message>
    <message>
        <source>Waived: item {id}: {title} (reason: {reason})</source>
        <translation>Frafaldet: punkt {id}: {title} (begrundelse: {reason})</translation>
    </message>
    <message>
        <source>Closed offboarding {case} of {leaver}: every account is settled.</source>
        <translation>Fratrædelse {case} af {leaver} er lukket: alle konti er afklaret.</translation>
    </message>
    <message>
        <source>Cancelled offboarding {case} of {leaver}; it is kept, marked cancelled.</source>
        <translation>Fratrædelse {case} af {leaver} er annulleret; den bevares, markeret som annulleret.</translation>
    </message>
    <message>
        <source>Reopened offboarding {case} of {leaver}.</source>
        <translation>Fratrædelse {case} af {leaver} er genåbnet.</translation>
    </message>
    <message>
        <source>Wrote the checklist of offboarding {case} to {path}.</source>
        <translation>Tjeklisten for fratrædelse {case} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Nobody is leaving.</source>
        <translation>Ingen er ved at fratræde.</translation>
    </message>
    <message>
        <source>The registry has no people yet.</source>
        <translation>Registret har endnu ingen personer.</translation>
    </message>
    <message>
        <source>People: {count}.</source>
        <translation>Personer: {count}.</translation>
    </message>
    <message>
        <source>Added {name} &lt;{email}&gt; (id {id}).</source>
        <translation>{name} &lt;{email}&gt; er tilføjet (id {id}).</translation>
    </message>
    <message>
        <source>Changed {name} &lt;{email}&gt; (version {version}).</source>
        <translation>{name} &lt;{email}&gt; er ændret (version {version}).</translation>
    </message>
    <message>
        <source>Wrote the people to {path} ({count}).</source>
        <translation>Personerne er skrevet til {path} ({count}).</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {counts}.</source>
        <translation>Prøvekørsel, intet skrevet: {counts}.</translation>
    </message>
    <message>
        <source>accountregistry: nothing was imported: {counts}. Correct the rows above, or use --only-valid-rows.</source>
        <translation>accountregistry: intet blev importeret: {counts}. Ret rækkerne ovenfor, eller brug --only-valid-rows.</translation>
    </message>
    <message>
        <source>Imported {file}: {added} new, {updated} updated, {unchanged} unchanged{skipped}.</source>
        <translation>{file} er importeret: {added} nye, {updated} opdateret, {unchanged} uændret{skipped}.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} in error</source>
        <translation>{new} nye, {updated} opdateret, {unchanged} uændret, {errors} med fejl</translation>
    </message>
    <message>
        <source>; rows with errors skipped: {count}</source>
        <translation>; rækker med fejl sprunget over: {count}</translation>
    </message>
    <message>
        <source>; rows in conflict left out: {count}</source>
        <translation>; rækker i konflikt udeladt: {count}</translation>
    </message>
    <message>
        <source>Anonymised person {id} as {pseudonym}: {removed}.</source>
        <translation>Person {id} er anonymiseret som {pseudonym}: {removed}.</translation>
    </message>
    <message>
        <source>Would anonymise person {id} as {pseudonym}: {removed}.</source>
        <translation>Person {id} ville blive anonymiseret som {pseudonym}: {removed}.</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: {count} to anonymise.</source>
        <translation>Prøvekørsel, intet ændret: {count} at anonymisere.</translation>
    </message>
    <message>
        <source>Kept the notes that name them as they were.</source>
        <translation>Noterne, der nævner dem, er bevaret, som de var.</translation>
    </message>
    <message>
        <source>In the notes that name them, their name and email are now the pseudonym.</source>
        <translation>I noterne, der nævner dem, er deres navn og e-mail nu pseudonymet.</translation>
    </message>
    <message>
        <source>Anonymised {count}; this cannot be undone.</source>
        <translation>Anonymiseret: {count}; det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Nobody is due for anonymisation.</source>
        <translation>Ingen skal anonymiseres endnu.</translation>
    </message>
    <message>
        <source>Wrote what is held about {person} to {path}.</source>
        <translation>Det, der er registreret om {person}, er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} items held about person {id} to {path}.</source>
        <translation>{count} oplysninger om person {id} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Recorded version {version} of the social-media policy, effective {day}, approved by {approver}.</source>
        <translation>Version {version} af politikken for sociale medier er registreret, gældende fra {day}, godkendt af {approver}.</translation>
    </message>
    <message>
        <source>No version of the social-media policy is recorded.</source>
        <translation>Der er ingen version af politikken for sociale medier registreret.</translation>
    </message>
    <message>
        <source>Social-media policy, version {version}, effective {day}, approved by {approver}</source>
        <translation>Politik for sociale medier, version {version}, gældende fra {day}, godkendt af {approver}</translation>
    </message>
    <message>
        <source>Acknowledged by {count}:</source>
        <translation>Kvitteret af {count}:</translation>
    </message>
    <message>
        <source>Wrote the social-media policy to {path}.</source>
        <translation>Politikken for sociale medier er skrevet til {path}.</translation>
    </message>
    <message>
        <source>{person} had acknowledged version {version} already; nothing changed.</source>
        <translation>{person} havde allerede kvitteret for version {version}; intet er ændret.</translation>
    </message>
    <message>
        <source>Recorded that {person} acknowledged version {version} on {day}.</source>
        <translation>Det er registreret, at {person} kvitterede for version {version} {day}.</translation>
    </message>
    <message>
        <source>Recorded {recorded} acknowledgements of version {version}; {already} had acknowledged it already.</source>
        <translation>{recorded} kvitteringer for version {version} er registreret; {already} havde allerede kvitteret.</translation>
    </message>
    <message>
        <source>Wrote the accounts to {path} ({count}).</source>
        <translation>Kontiene er skrevet til {path} ({count}).</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}; {people} new people.</source>
        <translation>Prøvekørsel, intet skrevet: {summary}; {people} nye personer.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} errors</source>
        <translation>{new} nye, {updated} opdateret, {unchanged} uændret, {errors} fejl</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} errors, {conflicts} conflicts</source>
        <translation>{new} nye, {updated} opdateret, {unchanged} uændret, {errors} fejl, {conflicts} konflikter</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged, {errors} errors{skipped}; {people} people added, {roles} roles granted, {terms} handover terms recorded.</source>
        <translation>{file} er importeret: {created} nye, {updated} opdateret, {unchanged} uændret, {errors} fejl{skipped}; {people} personer tilføjet, {roles} roller tildelt, {terms} overdragelsesvilkår registreret.</translation>
    </message>
    <message>
        <source>accountregistry: note: the “Private login” risk is off until the company&apos;s email domains are set (accountregistry settings set --domains acme.dk).</source>
        <translation>accountregistry: bemærk: risikoen »Privat login« er slået fra, indtil virksomhedens e-maildomæner er angivet (accountregistry settings set --domains acme.dk).</translation>
    </message>
    <message>
        <source>accountregistry: risks of {severity} severity or worse: {risks}, on accounts: {accounts}.</source>
        <translation>accountregistry: risici af alvor {severity} eller værre: {risks}, på konti: {accounts}.</translation>
    </message>
    <message>
        <source>No account is at risk.</source>
        <translation>Ingen konto er i fare.</translation>
    </message>
    <message>
        <source>Risks: {risks}, on accounts: {accounts}.</source>
        <translation>Risici: {risks}, på konti: {accounts}.</translation>
    </message>
    <message>
        <source>Wrote a checklist of the accounts due for review to {path} (accounts: {count}, groups: {groups}).</source>
        <translation>En tjekliste over konti, der skal gennemgås, er skrevet til {path} (konti: {count}, grupper: {groups}).</translation>
    </message>
    <message>
        <source>No account is due for review.</source>
        <translation>Ingen konto skal gennemgås.</translation>
    </message>
    <message>
        <source>Accounts due for review: {count}.</source>
        <translation>Konti, der skal gennemgås: {count}.</translation>
    </message>
    <message>
        <source>Marked {platform} {handle} (id {id}) reviewed; next review due {day}.</source>
        <translation>{platform} {handle} (id {id}) er markeret som gennemgået; næste gennemgang {day}.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings already were so.</source>
        <translation>Intet er ændret: indstillingerne var allerede sådan.</translation>
    </message>
    <message>
        <source>Note: with no email domains the “Private login” risk is off; set them with “accountregistry settings set --domains acme.dk”.</source>
        <translation>Bemærk: uden e-maildomæner er risikoen »Privat login« slået fra; angiv dem med »accountregistry settings set --domains acme.dk«.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>forfalder</translation>
    </message>
    <message>
        <source>OVERDUE {days}d</source>
        <translation>FORSINKET {days} d</translation>
    </message>
    <message>
        <source>{id} {when} {day}  {assignee}: {title} ({account}; offboarding of {leaver}, last day {last_day})</source>
        <translation>{id} {when} {day}  {assignee}: {title} ({account}; fratrædelse af {leaver}, sidste dag {last_day})</translation>
    </message>
    <message>
        <source>  {id} {status} due {day} ({offset})  {assignee}: {marker}{title}{moved}</source>
        <translation>  {id} {status} forfalder {day} ({offset})  {assignee}: {marker}{title}{moved}</translation>
    </message>
    <message>
        <source>  due {day} ({offset})  {assignee}: {marker}{title}{moved}</source>
        <translation>  forfalder {day} ({offset})  {assignee}: {marker}{title}{moved}</translation>
    </message>
    <message>
        <source>(handover) </source>
        <translation>(overdragelse) </translation>
    </message>
    <message>
        <source> [moved for {closures}]</source>
        <translation> [flyttet på grund af {closures}]</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>lukkedag</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>  {id}  due {day}  last {last}  {platform} {handle}</source>
        <translation>  {id}  forfalder {day}  sidst {last}  {platform} {handle}</translation>
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
        <translation>, sidste dag {day}</translation>
    </message>
    <message>
        <source>line {line}: {column}: {problem}</source>
        <translation>linje {line}: {column}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>linje {line}: {problem}</translation>
    </message>
    <message>
        <source>line {line}: update {row}: {changes}</source>
        <translation>linje {line}: opdaterer {row}: {changes}</translation>
    </message>
    <message>
        <source>  {name} &lt;{email}&gt; on {day}</source>
        <translation>  {name} &lt;{email}&gt; den {day}</translation>
    </message>
    <message>
        <source>name “{value}”</source>
        <translation>navn »{value}«</translation>
    </message>
    <message>
        <source>email “{value}”</source>
        <translation>e-mail »{value}«</translation>
    </message>
    <message>
        <source>title “{value}”</source>
        <translation>stilling »{value}«</translation>
    </message>
    <message>
        <source>personal account {account}</source>
        <translation>personlig konto {account}</translation>
    </message>
    <message>
        <source>signed scan {id} “{name}” ({kind} of {day})</source>
        <translation>underskrevet scanning {id} »{name}« ({kind} af {day})</translation>
    </message>
    <message>
        <source>  names them: {where}, {label}: “{text}”</source>
        <translation>  nævner dem: {where}, {label}: »{text}«</translation>
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
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>handlingen er ikke tilladt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brugt op</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>den findes allerede</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disken kunne ikke læses eller skrives</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>den er i brug</translation>
    </message>
    <message>
        <source>The database server {where} does not answer; check its address and that it is running, then try again.</source>
        <translation>Databaseserveren {where} svarer ikke; kontrollér adressen, og at den kører, og prøv så igen.</translation>
    </message>
    <message>
        <source>{who} changed this {record} at {when}; reload to see the change, then make yours again.</source>
        <translation>{who} ændrede {record} {when}; genindlæs for at se ændringen, og foretag så din igen.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the {limit} MB the import reads from a workbook. Import it as a CSV file (the export writes CSV too), or split it into smaller files.</source>
        <translation>{file} fylder {size} MB udpakket, mere end de {limit} MB, importen læser fra en projektmappe. Importér den som en CSV-fil (eksporten skriver også CSV), eller del den op i mindre filer.</translation>
    </message>
    <message>
        <source>{file} has a part that would unpack to more than {ratio} times its packed size, which no spreadsheet program writes: it is not read.</source>
        <translation>{file} har en del, der ville fylde mere end {ratio} gange sin pakkede størrelse udpakket, hvilket intet regnearksprogram skriver: den læses ikke.</translation>
    </message>
    <message>
        <source>The server {where} refused the login “{user}”: the password is wrong or missing.</source>
        <translation>Serveren {where} afviste login »{user}«: adgangskoden er forkert eller mangler.</translation>
    </message>
    <message>
        <source>The server {where} does not let the login “{user}” connect from this computer; ask its administrator.</source>
        <translation>Serveren {where} lader ikke login »{user}« forbinde fra denne computer; spørg dens administrator.</translation>
    </message>
    <message>
        <source>The server {where} accepts only encrypted connections; choose a TLS mode that encrypts (for example “require”).</source>
        <translation>Serveren {where} tager kun imod krypterede forbindelser; vælg en TLS-tilstand, der krypterer (for eksempel »require«).</translation>
    </message>
    <message>
        <source>The server {where} offers no encrypted connections, but this connection requires one; ask its administrator, or choose another TLS mode.</source>
        <translation>Serveren {where} tilbyder ikke krypterede forbindelser, men denne forbindelse kræver det; spørg dens administrator, eller vælg en anden TLS-tilstand.</translation>
    </message>
    <message>
        <source>The server has no database “{database}”; check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Serveren har ingen database »{database}«; kontrollér navnet, eller bed serverens administrator om at oprette den.</translation>
    </message>
    <message>
        <source>The login “{user}” may not do this in {where}; ask the registry&apos;s owner for the access you need.</source>
        <translation>Login »{user}« må ikke gøre dette i {where}; bed registrets ejer om den adgang, du har brug for.</translation>
    </message>
    <message>
        <source>The server {where} refused the connection; check the address, the login and the TLS mode, or ask the server&apos;s administrator.</source>
        <translation>Serveren {where} afviste forbindelsen; kontrollér adressen, login og TLS-tilstanden, eller spørg serverens administrator.</translation>
    </message>
    <message>
        <source>The server {where} has no free connections right now; try again in a moment.</source>
        <translation>Serveren {where} har ingen ledige forbindelser lige nu; prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Others are saving changes to {where} and it took too long; try again in a moment. Nothing was saved.</source>
        <translation>Andre gemmer ændringer i {where}, og det tog for lang tid; prøv igen om lidt. Intet blev gemt.</translation>
    </message>
    <message>
        <source>The server {where} runs PostgreSQL {version}; Account Registry needs {minimum} or newer.</source>
        <translation>Serveren {where} kører PostgreSQL {version}; Account Registry kræver {minimum} eller nyere.</translation>
    </message>
    <message>
        <source>{where} holds another program&apos;s tables, not an Account Registry; nothing was changed.</source>
        <translation>{where} indeholder et andet programs tabeller, ikke et Account Registry; intet blev ændret.</translation>
    </message>
    <message>
        <source>{where} holds no registry yet; create one there with “accountregistry migrate”. Nothing was changed.</source>
        <translation>{where} indeholder endnu intet register; opret et der med »accountregistry migrate«. Intet blev ændret.</translation>
    </message>
    <message>
        <source>{where} has an older schema ({revision}) than this version of Account Registry ({head}); ask the database&apos;s owner to run “accountregistry migrate”. Nothing was changed.</source>
        <translation>{where} har et ældre skema ({revision}) end denne version af Account Registry ({head}); bed databasens ejer om at køre »accountregistry migrate«. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Only the registry&apos;s owner may upgrade {where}; ask them to run “accountregistry migrate”. Nothing was changed.</source>
        <translation>Kun registrets ejer må opgradere {where}; bed ejeren om at køre »accountregistry migrate«. Intet blev ændret.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {where}, so its schema was not upgraded: {detail}</source>
        <translation>pg_dump kunne ikke tage en sikkerhedskopi af {where}, så skemaet blev ikke opgraderet: {detail}</translation>
    </message>
    <message>
        <source>“copy” moves a registry from a file on this computer to a shared server: give the file with --db and the server with --to (not {source} to {target}).</source>
        <translation>»copy« flytter et register fra en fil på denne computer til en delt server: angiv filen med --db og serveren med --to (ikke {source} til {target}).</translation>
    </message>
    <message>
        <source>{target} already holds data ({rows} rows in {table}); copy only into an empty database. Nothing was copied.</source>
        <translation>{target} indeholder allerede data ({rows} rækker i {table}); kopiér kun til en tom database. Intet blev kopieret.</translation>
    </message>
    <message>
        <source>{where} is a file on this computer: its file permissions decide who may use it. Access roles exist on a shared server only.</source>
        <translation>{where} er en fil på denne computer: filens rettigheder afgør, hvem der må bruge den. Adgangsroller findes kun på en delt server.</translation>
    </message>
    <message>
        <source>{where} has no access roles yet; its owner runs “accountregistry access setup” first.</source>
        <translation>{where} har endnu ingen adgangsroller; ejeren kører først »accountregistry access setup«.</translation>
    </message>
    <message>
        <source>The server has no login “{login}”; ask its administrator to create it first.</source>
        <translation>Serveren har intet login »{login}«; bed dens administrator om at oprette det først.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a day of the year (for example 24.12 or 24 December for every year, 2027-05-07 for one year only).</source>
        <translation>{label}: »{value}« er ikke en dag i året (for eksempel 24.12 eller 24. december hvert år, 2027-05-07 kun det år).</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinkede</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukkede</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerede</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Frafaldet</translation>
    </message>
    <message>
        <source>{settled} of {total} settled</source>
        <translation>{settled} af {total} afklaret</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>lukkedag</translation>
    </message>
    <message>
        <source>{name} ({day})</source>
        <translation>{name} ({day})</translation>
    </message>
    <message>
        <source>{day} (moved)</source>
        <translation>{day} (flyttet)</translation>
    </message>
    <message>
        <source>Moved for {days}: due dates skip public holidays and closing days.</source>
        <translation>Flyttet på grund af {days}: frister springer helligdage og lukkedage over.</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation type="vanished">{platform}-{presence} »{name}«</translation>
    </message>
    <message>
        <source>{title} ({account}): due {day}, {assignee}</source>
        <translation>{title} ({account}): frist {day}, {assignee}</translation>
    </message>
    <message>
        <source>{title}: due {day}, {assignee}</source>
        <translation>{title}: frist {day}, {assignee}</translation>
    </message>
    <message>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation type="vanished">{leaver} er eneste ejer eller administrator af {account}, og der er ikke valgt nogen efterfølger.</translation>
    </message>
    <message>
        <source>Overdue since {day}: {title}</source>
        <translation>Forsinket siden {day}: {title}</translation>
    </message>
    <message>
        <source>The last working day, {day}, has passed.</source>
        <translation>Sidste arbejdsdag, {day}, er overstået.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is today.</source>
        <translation>Sidste arbejdsdag, {day}, er i dag.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is in 1 business day.</source>
        <translation>Sidste arbejdsdag, {day}, er om 1 arbejdsdag.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is in {days} business days.</source>
        <translation>Sidste arbejdsdag, {day}, er om {days} arbejdsdage.</translation>
    </message>
    <message>
        <source>1 item is still open.</source>
        <translation>1 punkt er stadig åbent.</translation>
    </message>
    <message>
        <source>{count} items are still open.</source>
        <translation>{count} punkter er stadig åbne.</translation>
    </message>
    <message>
        <source>{when} {still}</source>
        <translation>{when} {still}</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Fratrædende</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{name} (internal move)</source>
        <translation>{name} (intern flytning)</translation>
    </message>
    <message>
        <source>{progress}, {count} overdue</source>
        <translation>{progress}, {count} forsinkede</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
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
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>Når punktet krydses af, overdrages den fratrædendes roller på kontoen til efterfølgeren.</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Åben, forsinket</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Frafaldet: {reason}</translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation>{status} af {who} {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>OffboardingView</name>
    <message>
        <source>&amp;Start offboarding…</source>
        <translation>&amp;Start fratrædelse…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
        <translation>Start et fratrædelsesforløb for en medarbejder, der fratræder (Ctrl+N)</translation>
    </message>
    <message>
        <source>Offboardings</source>
        <translation>Fratrædelsesforløb</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Forlø&amp;b</translation>
    </message>
    <message>
        <source>Change las&amp;t day…</source>
        <translation>Ændr s&amp;idste dag…</translation>
    </message>
    <message>
        <source>Change the last working day</source>
        <translation>Ændr sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Not chosen yet: type a name or email</source>
        <translation>Ikke valgt endnu: skriv et navn eller en e-mail</translation>
    </message>
    <message>
        <source>Set s&amp;uccessor</source>
        <translation>Angi&amp;v efterfølger</translation>
    </message>
    <message>
        <source>Set successor</source>
        <translation>Angiv efterfølger</translation>
    </message>
    <message>
        <source>Open items for the successor follow the new choice; an empty field clears it.</source>
        <translation>Åbne punkter til efterfølgeren følger det nye valg; et tomt felt fjerner efterfølgeren.</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>Sidste arbejdsdag:</translation>
    </message>
    <message>
        <source>Succ&amp;essor:</source>
        <translation>&amp;Efterfølger:</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Efterfølger</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Forhindringer</translation>
    </message>
    <message>
        <source>Why the offboarding cannot be closed</source>
        <translation>Hvorfor fratrædelsesforløbet ikke kan lukkes</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Tildelt &amp;mig</translation>
    </message>
    <message>
        <source>Only items assigned to me</source>
        <translation>Kun punkter, der er tildelt mig</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Tjekliste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Space ticks the current item done, or reopens a settled one.</source>
        <translation>Mellemrum krydser det aktuelle punkt af som udført eller genåbner et afklaret punkt.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Udført</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Tick the current item done (Space in the checklist)</source>
        <translation>Kryds det aktuelle punkt af som udført (Mellemrum i tjeklisten)</translation>
    </message>
    <message>
        <source>Done with &amp;note…</source>
        <translation>Udført med &amp;note…</translation>
    </message>
    <message>
        <source>Done with a note</source>
        <translation>Udført med en note</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>Fr&amp;afald…</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Frafald</translation>
    </message>
    <message>
        <source>Settle the item without doing it; a reason is required</source>
        <translation>Afklar punktet uden at udføre det; der skal angives en begrundelse</translation>
    </message>
    <message>
        <source>Re&amp;open item…</source>
        <translation>Genåbn &amp;punkt…</translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation>Genåbn punkt</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Luk forløb</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Luk forløb</translation>
    </message>
    <message>
        <source>Close the offboarding once every item is settled and the leaver holds no role</source>
        <translation>Luk fratrædelsesforløbet, når alle punkter er afklaret, og den fratrædende ikke har nogen roller</translation>
    </message>
    <message>
        <source>&amp;Reopen case…</source>
        <translation>&amp;Genåbn forløb…</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Genåbn forløb</translation>
    </message>
    <message>
        <source>Cancel c&amp;ase…</source>
        <translation>Annullé&amp;r forløb…</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Annullér forløb</translation>
    </message>
    <message>
        <source>The person stays after all; the case is kept, marked cancelled</source>
        <translation>Personen bliver alligevel; forløbet gemmes, markeret som annulleret</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <source>Calendar f&amp;ile…</source>
        <translation>Kalenderfil med hændelser…</translation>
    </message>
    <message>
        <source>Save the open items as an iCalendar file (.ics), one all-day event each; saved again, a calendar updates them instead of adding them twice</source>
        <translation>Gem de åbne punkter som en iCalendar-fil (.ics), én heldagsbegivenhed for hvert; gemt igen opdaterer en kalender dem i stedet for at tilføje dem to gange</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Uds&amp;kriv…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <source>Handover confirmation…</source>
        <translation>&amp;Overdragelseserklæring…</translation>
    </message>
    <message>
        <source>Handover confirmation</source>
        <translation>Overdragelseserklæring</translation>
    </message>
    <message>
        <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
        <translation>En PDF med alle konti og deres udfald, som den fratrædende og virksomheden skriver under på</translation>
    </message>
    <message>
        <source>Record si&amp;gned confirmation…</source>
        <translation>Registrér underskrevet erkl&amp;æring…</translation>
    </message>
    <message>
        <source>Record signed confirmation</source>
        <translation>Registrér underskrevet erklæring</translation>
    </message>
    <message>
        <source>Record who signed the handover confirmation, when and how, with a signed scan if there is one</source>
        <translation>Registrér hvem der underskrev overdragelseserklæringen, hvornår og hvordan, med en underskrevet scanning, hvis der er en</translation>
    </message>
    <message>
        <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
        <translation>Vælg et fratrædelsesforløb på listen, eller start et for en medarbejder, der fratræder. Tjeklisten laves ud fra de konti, personen er indehaver eller administrator af.</translation>
    </message>
    <message>
        <source>An internal move: {name} stays, in another department or role; their accounts are handed over by the day of the move, and they are not recorded as leaving.</source>
        <translation>En intern flytning: {name} bliver, i en anden afdeling eller rolle; kontiene overdrages senest på dagen for flytningen, og personen registreres ikke som fratrædende.</translation>
    </message>
    <message>
        <source>Day of the move:</source>
        <translation>Dag for flytningen:</translation>
    </message>
    <message>
        <source>Confirmation signed on {day} by {who} ({channel}).</source>
        <translation>Erklæringen underskrevet {day} af {who} ({channel}).</translation>
    </message>
    <message>
        <source>Signed scan: {names}.</source>
        <translation>Underskrevet scanning: {names}.</translation>
    </message>
    <message>
        <source>Signed scan: removed on anonymisation.</source>
        <translation>Underskrevet scanning: fjernet ved anonymisering.</translation>
    </message>
    <message>
        <source>Recorded the signed handover confirmation.</source>
        <translation>Den underskrevne overdragelseserklæring er registreret.</translation>
    </message>
    <message>
        <source>Internal move of {person}</source>
        <translation>Intern flytning af {person}</translation>
    </message>
    <message>
        <source>Offboarding of {leaver}</source>
        <translation>Fratrædelsesforløb for {leaver}</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}. {progress}.</source>
        <translation>Lukket {when} af {who}. {progress}.</translation>
    </message>
    <message>
        <source>Handover conf&amp;irmation…</source>
        <translation type="vanished">&amp;Overdragelseserklæring…</translation>
    </message>
    <message>
        <source>Cancelled: {reason}. Reopen it to work on it again.</source>
        <translation>Annulleret: {reason}. Genåbn forløbet for at arbejde videre med det.</translation>
    </message>
    <message>
        <source>Open: {progress}.</source>
        <translation>Åbent: {progress}.</translation>
    </message>
    <message>
        <source>Reopened: {reason}.</source>
        <translation>Genåbnet: {reason}.</translation>
    </message>
    <message>
        <source>What stands in the way ({count})</source>
        <translation>Forhindringer ({count})</translation>
    </message>
    <message>
        <source>Items assigned to {name}, {department}: you are recorded as {actor}.</source>
        <translation>Punkter, der er tildelt {name}, {department}: du er registreret som {actor}.</translation>
    </message>
    <message>
        <source>Items assigned to {name}: you are recorded as {actor}.</source>
        <translation>Punkter, der er tildelt {name}: du er registreret som {actor}.</translation>
    </message>
    <message>
        <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
        <translation>Ingen i registret passer til {actor}, det navn, du er registreret under; kun punkter, der er tildelt en funktion ved navn {actor}, er dine.</translation>
    </message>
    <message>
        <source>No item of this offboarding is assigned to you.</source>
        <translation>Ingen punkter i dette fratrædelsesforløb er tildelt dig.</translation>
    </message>
    <message>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>Når punktet krydses af, overdrages den fratrædendes roller på kontoen til efterfølgeren.</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Udført: {title}</translation>
    </message>
    <message>
        <source>Done, with a note</source>
        <translation>Udført, med en note</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Waive item</source>
        <translation>Frafald punkt</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Frafald</translation>
    </message>
    <message>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv, hvorfor punktet frafaldes; et frafaldet punkt kræver en begrundelse.</translation>
    </message>
    <message>
        <source>Waived: {title}</source>
        <translation>Frafaldet: {title}</translation>
    </message>
    <message>
        <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
        <translation>Roller, som overdragelsen flyttede, bliver, hvor de er; flyt dem tilbage på kontoen, hvis det er nødvendigt.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Begrundelse (valgfri)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>Genåbnet: {title}</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret passer til »{text}«; vælg en person på listen.</translation>
    </message>
    <message>
        <source>No successor is chosen now; open items name “the successor” until one is.</source>
        <translation>Der er ikke valgt nogen efterfølger nu; åbne punkter nævner »efterfølgeren«, indtil der er valgt en.</translation>
    </message>
    <message>
        <source>The successor is set; open items for the successor follow.</source>
        <translation>Efterfølgeren er angivet; åbne punkter til efterfølgeren følger med.</translation>
    </message>
    <message>
        <source>The last working day is changed; open items moved with it.</source>
        <translation>Sidste arbejdsdag er ændret; åbne punkter er flyttet med.</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} is closed.</source>
        <translation>Fratrædelsesforløbet for {leaver} er lukket.</translation>
    </message>
    <message>
        <source>The offboarding cannot be closed yet: {count} things remain.</source>
        <translation>Fratrædelsesforløbet kan ikke lukkes endnu: {count} ting mangler.</translation>
    </message>
    <message>
        <source>The offboarding cannot be closed yet: 1 thing remains.</source>
        <translation>Fratrædelsesforløbet kan ikke lukkes endnu: 1 ting mangler.</translation>
    </message>
    <message>
        <source>Reopen the offboarding</source>
        <translation>Genåbn fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
        <translation>Fratrædelsesforløbet for {leaver} åbnes igen, og personen registreres som fratrædende.</translation>
    </message>
    <message>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv, hvorfor du genåbner fratrædelsesforløbet; der skal angives en begrundelse.</translation>
    </message>
    <message>
        <source>The offboarding is open again.</source>
        <translation>Fratrædelsesforløbet er åbent igen.</translation>
    </message>
    <message>
        <source>Cancel the offboarding</source>
        <translation>Annullér fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
        <translation>Annullér, hvis {leaver} alligevel bliver. Fratrædelsesforløbet gemmes, markeret som annulleret, og {leaver} registreres som ansat igen.</translation>
    </message>
    <message>
        <source>Cancel the &amp;offboarding</source>
        <translation>Annullér &amp;fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv, hvorfor du annullerer fratrædelsesforløbet; der skal angives en begrundelse.</translation>
    </message>
    <message>
        <source>The offboarding is cancelled.</source>
        <translation>Fratrædelsesforløbet er annulleret.</translation>
    </message>
    <message>
        <source>The offboarding is started; the person is recorded as leaving.</source>
        <translation>Fratrædelsesforløbet er startet; personen er registreret som fratrædende.</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Udskriv tjeklisten</translation>
    </message>
    <message>
        <source>Export the checklist as CSV</source>
        <translation>Eksportér tjeklisten som CSV</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratrædelse</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save the open items as a calendar</source>
        <translation>Gem de åbne punkter som kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-filer (*.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The open items are saved as a calendar in {path}.</source>
        <translation>De åbne punkter er gemt som kalender i {path}.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>The checklist is exported to {path}.</source>
        <translation>Tjeklisten er eksporteret til {path}.</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Gem tjeklisten som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Handover confirmation: {leaver}</source>
        <translation>Overdragelseserklæring: {leaver}</translation>
    </message>
    <message>
        <source>Save the handover confirmation as PDF</source>
        <translation>Gem overdragelseserklæringen som PDF</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Gemt: {path}.</translation>
    </message>
    <message>
        <source>The checklist is sent to the printer.</source>
        <translation>Tjeklisten er sendt til printeren.</translation>
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
        <translation>Ingen (kun mandag til fredag)</translation>
    </message>
</context>
<context>
    <name>OrganisationSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Organisationsindstillinger</translation>
    </message>
    <message>
        <source>e.g. Nordlys Rejser A/S</source>
        <translation>f.eks. Nordlys Rejser A/S</translation>
    </message>
    <message>
        <source>e.g. nordlys.dk, nordlys.se</source>
        <translation>f.eks. nordlys.dk, nordlys.se</translation>
    </message>
    <message>
        <source>e.g. 24.12, 31.12</source>
        <translation>f.eks. 24.12, 31.12</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>Company email &amp;domains</source>
        <translation>Virksomhedens e-mail&amp;domæner</translation>
    </message>
    <message>
        <source>Comma-separated. Company accounts that log in with an address outside these domains are flagged as “Private login”.</source>
        <translation>Adskilt med komma. Virksomhedskonti, der logger ind med en adresse uden for disse domæner, markeres som »Privat login«.</translation>
    </message>
    <message>
        <source>Default &amp;review interval (months)</source>
        <translation>Standardinterval for &amp;gennemgang (måneder)</translation>
    </message>
    <message>
        <source>Public &amp;holidays of</source>
        <translation>&amp;Helligdage i</translation>
    </message>
    <message>
        <source>&amp;Closing days</source>
        <translation>&amp;Lukkedage</translation>
    </message>
    <message>
        <source>Days the company is closed besides public holidays: 24.12 every year, 2027-05-07 that year only. Due dates skip them.</source>
        <translation>Dage, hvor virksomheden holder lukket ud over helligdage: 24.12 hvert år, 2027-05-07 kun det år. Frister springer dem over.</translation>
    </message>
    <message>
        <source>Re&amp;tention period (months)</source>
        <translation>&amp;Opbevaringsperiode (måneder)</translation>
    </message>
    <message>
        <source>Months after a person&apos;s last working day. Then they are due for anonymisation (People → Privacy): their name becomes a pseudonym, their email and title are erased.</source>
        <translation>Måneder efter en persons sidste arbejdsdag. Derefter skal personen anonymiseres (Personer → Privatliv): navnet bliver et pseudonym, e-mail og stilling slettes.</translation>
    </message>
</context>
<context>
    <name>OrganisationStep</name>
    <message>
        <source>e.g. Nordlys Rejser A/S</source>
        <translation>f.eks. Nordlys Rejser A/S</translation>
    </message>
    <message>
        <source>e.g. nordlys.dk, nordlys.se</source>
        <translation>f.eks. nordlys.dk, nordlys.se</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>Organisationens &amp;navn</translation>
    </message>
    <message>
        <source>Company email &amp;domains</source>
        <translation>Virksomhedens e-mail&amp;domæner</translation>
    </message>
    <message>
        <source>Public &amp;holidays of</source>
        <translation>&amp;Helligdage i</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Gem organisationen</translation>
    </message>
    <message>
        <source>Saved. Change it any time under File → Organisation settings…</source>
        <translation>Gemt. Du kan altid ændre det under Filer → Organisationsindstillinger…</translation>
    </message>
</context>
<context>
    <name>OverdueItemsDialog</name>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dage forsinket</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den fratrædende</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Overdue checklist items</source>
        <translation>Forsinkede tjeklistepunkter</translation>
    </message>
    <message>
        <source>Open an item to show it in its offboarding.</source>
        <translation>Åbn et punkt for at se det i dets fratrædelse.</translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <source>Show overdue items</source>
        <translation>Vis forsinkede punkter</translation>
    </message>
    <message>
        <source>1 offboarding checklist item is overdue.</source>
        <translation>1 punkt på en fratrædelsestjekliste er forsinket.</translation>
    </message>
    <message>
        <source>{count} offboarding checklist items are overdue.</source>
        <translation>{count} punkter på fratrædelsestjeklister er forsinkede.</translation>
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
        <translation>Gemt: {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Accounts held</source>
        <translation>Konti som indehaver</translation>
    </message>
    <message>
        <source>Active roles</source>
        <translation>Aktive roller</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter by name, email, department or title</source>
        <translation>Filtrér efter navn, e-mail, afdeling eller titel</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrér personer</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Ansættelsesstatus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Tilføj person…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Redigér person…</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigér person</translation>
    </message>
    <message>
        <source>Start &amp;offboarding…</source>
        <translation>&amp;Start fratrædelse…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
        <translation>Start et fratrædelsesforløb for den valgte person: sidste arbejdsdag, en efterfølger og tjeklisten for personens konti</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>H&amp;istorik…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>What is recorded about the selected person, newest first: changes, agreements with their signed scans, policy acknowledgements and consent</source>
        <translation>Hvad der er registreret om den valgte person, nyeste først: ændringer, aftaler med deres underskrevne scanninger, kvitteringer for politikken og samtykke</translation>
    </message>
    <message>
        <source>I&amp;mport from HR…</source>
        <translation>I&amp;mportér fra HR…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importér personer fra HR</translation>
    </message>
    <message>
        <source>Add and update people from an HR system&apos;s file, with a preview before anything is written; nobody is deleted</source>
        <translation>Tilføj og opdatér personer fra en fil fra HR-systemet, med en forhåndsvisning, før noget skrives; ingen slettes</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Pri&amp;vatliv</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatliv</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Eksportér denne persons data…</translation>
    </message>
    <message>
        <source>Everything the registry holds about the selected person, as a PDF or JSON file (an access request)</source>
        <translation>Alt, hvad registret har om den valgte person, som PDF- eller JSON-fil (en indsigtsanmodning)</translation>
    </message>
    <message>
        <source>Anonymise this person…</source>
        <translation>Anonymisér denne person…</translation>
    </message>
    <message>
        <source>People due for anonymisation…</source>
        <translation>Personer, der skal anonymiseres…</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>Fi&amp;ltrér</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Vist navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accounts held</source>
        <translation>Konti som indehaver</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Roles, active and past</source>
        <translation>Roller, aktive og tidligere</translation>
    </message>
    <message>
        <source>Accounts held by {name} ({count})</source>
        <translation>Konti med {name} som indehaver ({count})</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke kendt</translation>
    </message>
    <message>
        <source>Roles of {name}: {active} active, {past} past</source>
        <translation>Roller for {name}: {active} aktive, {past} tidligere</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Eksportér denne persons data</translation>
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
        <translation>Konti, der præsenterer personen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Login email</source>
        <translation>Login-e-mail</translation>
    </message>
    <message>
        <source>Roles on accounts, active and past</source>
        <translation>Roller på konti, aktive og tidligere</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Tilbagekaldt den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Handover terms naming the person as successor</source>
        <translation>Overdragelsesvilkår, der nævner personen som efterfølger</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbage den</translation>
    </message>
    <message>
        <source>Offboardings</source>
        <translation>Fratrædelser</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Checklist items assigned to the person</source>
        <translation>Tjeklistepunkter tildelt personen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Agreements the person gave</source>
        <translation>Aftaler, personen har givet</translation>
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
        <translation>Omfattede konti</translation>
    </message>
    <message>
        <source>Signed scans</source>
        <translation>Underskrevne scanninger</translation>
    </message>
    <message>
        <source>Social-media policy acknowledged</source>
        <translation>Kvitteret for sociale medier-politikken</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Politikkens version</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Kvitteret den</translation>
    </message>
    <message>
        <source>Recorded changes (audit trail)</source>
        <translation>Registrerede ændringer (revisionsspor)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
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
        <translation>Overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratrædelse</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Tjeklistepunkt</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Underskrevet scanning</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Kvittering for politikken</translation>
    </message>
    <message>
        <source>Added the person to the registry</source>
        <translation>Tilføjede personen til registret</translation>
    </message>
    <message>
        <source>Added the person to the registry by an import from HR</source>
        <translation>Tilføjede personen til registret ved en import fra HR</translation>
    </message>
    <message>
        <source>Changed the person record</source>
        <translation>Ændrede personens oplysninger</translation>
    </message>
    <message>
        <source>Anonymised the person</source>
        <translation>Anonymiserede personen</translation>
    </message>
    <message>
        <source>Started the offboarding</source>
        <translation>Startede fratrædelsen</translation>
    </message>
    <message>
        <source>Changed the offboarding</source>
        <translation>Ændrede fratrædelsen</translation>
    </message>
    <message>
        <source>Closed the offboarding</source>
        <translation>Afsluttede fratrædelsen</translation>
    </message>
    <message>
        <source>Cancelled the offboarding</source>
        <translation>Annullerede fratrædelsen</translation>
    </message>
    <message>
        <source>Reopened the offboarding</source>
        <translation>Genåbnede fratrædelsen</translation>
    </message>
    <message>
        <source>Acknowledged the social-media policy</source>
        <translation>Kvitterede for sociale medier-politikken</translation>
    </message>
    <message>
        <source>Removed the personal account from the registry</source>
        <translation>Fjernede den personlige konto fra registret</translation>
    </message>
    <message>
        <source>Added the person to the registry by an account import</source>
        <translation>Tilføjede personen til registret ved en import af konti</translation>
    </message>
    <message>
        <source>Recorded by an import</source>
        <translation type="vanished">Registreret ved en import</translation>
    </message>
    <message>
        <source>New values</source>
        <translation type="vanished">Nye værdier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Arbejds-e-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Ansættelsesstatus</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databaselogin</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>scan {id}, removed on {date} when the person was anonymised</source>
        <translation>scanning {id}, fjernet {date} da personen blev anonymiseret</translation>
    </message>
    <message>
        <source>{file} ({type}, {size} kB)</source>
        <translation>{file} ({type}, {size} kB)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>What {organisation} holds about {name}</source>
        <translation>Hvad {organisation} har om {name}</translation>
    </message>
    <message>
        <source>The person record</source>
        <translation>Personens oplysninger</translation>
    </message>
    <message>
        <source>Written {when} in answer to an access request (GDPR Art. 15).</source>
        <translation>Skrevet {when} som svar på en indsigtsanmodning (GDPR art. 15).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigér person</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No last working day</source>
        <translation>Ingen sidste arbejdsdag</translation>
    </message>
    <message>
        <source>The login they use on a shared server, if any</source>
        <translation>Det login, personen bruger på en delt server, hvis nogen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Work email</source>
        <translation>&amp;Arbejds-e-mail</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>Af&amp;deling</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Employment status</source>
        <translation>Ansættelses&amp;status</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Sidste a&amp;rbejdsdag</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Leder</translation>
    </message>
    <message>
        <source>Database l&amp;ogin</source>
        <translation>Databasel&amp;ogin</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Indlæs i&amp;gen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Indlæs igen</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>H&amp;istorik…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Your unsaved value: “{value}”</source>
        <translation>Din ikke-gemte værdi: »{value}«</translation>
    </message>
</context>
<context>
    <name>PersonHistoryWindow</name>
    <message>
        <source>Added to the registry</source>
        <translation>Tilføjet til registret</translation>
    </message>
    <message>
        <source>Added to the registry by an import from HR</source>
        <translation>Tilføjet til registret ved en import fra HR</translation>
    </message>
    <message>
        <source>Added to the registry by an account import</source>
        <translation>Tilføjet til registret ved en import af konti</translation>
    </message>
    <message>
        <source>Changed the person&apos;s record</source>
        <translation>Ændrede personens oplysninger</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiseret</translation>
    </message>
    <message>
        <source>Started an offboarding</source>
        <translation>Startede et fratrædelsesforløb</translation>
    </message>
    <message>
        <source>Changed the offboarding</source>
        <translation>Ændrede fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>Closed the offboarding</source>
        <translation>Lukkede fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>Reopened the offboarding</source>
        <translation>Genåbnede fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>Cancelled the offboarding</source>
        <translation>Annullerede fratrædelsesforløbet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Læser…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>Å&amp;bn scanning</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Åbn scanning</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;agreement (PDF)…</source>
        <translation>Indehaverens &amp;aftale (PDF)…</translation>
    </message>
    <message>
        <source>Holder&apos;s agreement (PDF)</source>
        <translation>Indehaverens aftale (PDF)</translation>
    </message>
    <message>
        <source>The agreement to sign about each account the person holds or administers, as a PDF in the window&apos;s language</source>
        <translation>Aftalen, der skal underskrives, om hver konto personen ejer eller administrerer, som PDF på vinduets sprog</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historik for {name}</translation>
    </message>
    <message>
        <source>{count} entries, newest first.</source>
        <translation>{count} poster, nyeste først.</translation>
    </message>
    <message>
        <source>Nothing is recorded about this person yet.</source>
        <translation>Der er endnu ikke registreret noget om denne person.</translation>
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
        <translation>Gav {document} ({channel}), der dækker {accounts}: {state}</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>forældet</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>ajour</translation>
    </message>
    <message>
        <source>Signed scan: removed on anonymisation</source>
        <translation>Underskrevet scanning: fjernet ved anonymisering</translation>
    </message>
    <message>
        <source>Signed scan: {file} ({size} kB), opens read-only</source>
        <translation>Underskrevet scanning: {file} ({size} kB), åbnes skrivebeskyttet</translation>
    </message>
    <message>
        <source>Acknowledged version {version} of the social-media policy</source>
        <translation>Kvitterede for version {version} af politikken for sociale medier</translation>
    </message>
    <message>
        <source>Gave ambassador consent for {account}: {scope}</source>
        <translation>Gav samtykke til ambassadørarbejde for {account}: {scope}</translation>
    </message>
    <message>
        <source>nothing asked yet</source>
        <translation>intet bedt om endnu</translation>
    </message>
    <message>
        <source>(asked by {name})</source>
        <translation>(spurgt af {name})</translation>
    </message>
    <message>
        <source>Withdrew ambassador consent for {account}</source>
        <translation>Trak samtykket til ambassadørarbejde for {account} tilbage</translation>
    </message>
    <message>
        <source>Save the holder&apos;s agreement as PDF</source>
        <translation>Gem indehaverens aftale som PDF</translation>
    </message>
    <message>
        <source>Agreement - {name}</source>
        <translation>Aftale - {name}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name or email</source>
        <translation>Skriv navn eller e-mail</translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation>Indlæser personer…</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret passer til »{text}«; vælg en person på listen.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Social media in working hours</source>
        <translation>Sociale medier i arbejdstiden</translation>
    </message>
    <message>
        <source>Is it allowed, limited to some time a day, or up to each employee?</source>
        <translation>Er det tilladt, begrænset til en daglig tid, eller op til den enkelte medarbejder?</translation>
    </message>
    <message>
        <source>Friends with colleagues and the boss</source>
        <translation>Ven med kolleger og chefen</translation>
    </message>
    <message>
        <source>May one decline connection requests from colleagues and managers to keep work and private life apart?</source>
        <translation>Må man afvise venneanmodninger fra kolleger og chefer for at adskille arbejds- og privatliv?</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Privatlivsindstillinger</translation>
    </message>
    <message>
        <source>How can one be connected with colleagues and managers in a different way than with friends?</source>
        <translation>Hvordan kan man være forbundet med kolleger og chefer på en anden måde end med venner?</translation>
    </message>
    <message>
        <source>Confidential information</source>
        <translation>Fortrolige oplysninger</translation>
    </message>
    <message>
        <source>What counts as confidential about products, customers and the company, and is never shared?</source>
        <translation>Hvad regnes som fortroligt om produkter, kunder og virksomheden og deles aldrig?</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Gennemsigtighed</translation>
    </message>
    <message>
        <source>Say that you work in the industry, and that you write on your own behalf as a private person.</source>
        <translation>Sig, at du arbejder i branchen, og at du skriver på egne vegne som privatperson.</translation>
    </message>
    <message>
        <source>Loyalty and consideration</source>
        <translation>Loyalitet og omtanke</translation>
    </message>
    <message>
        <source>How to speak of the workplace; what would be disloyal?</source>
        <translation>Hvordan man omtaler arbejdspladsen; hvad ville være illoyalt?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprogbrug</translation>
    </message>
    <message>
        <source>The tone colleagues, managers and competitors can read.</source>
        <translation>Tonen, som kolleger, chefer og konkurrenter kan læse.</translation>
    </message>
    <message>
        <source>Working time for social media</source>
        <translation>Arbejdstid til sociale medier</translation>
    </message>
    <message>
        <source>How much working time company accounts and ambassador work may take, and who decides.</source>
        <translation>Hvor meget arbejdstid virksomhedens konti og ambassadørarbejde må tage, og hvem der bestemmer.</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Forventninger til svartid</translation>
    </message>
    <message>
        <source>How fast comments and messages are answered, and whether also outside working hours.</source>
        <translation>Hvor hurtigt kommentarer og beskeder besvares, og om også uden for arbejdstid.</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Social-media policy, version {version}</source>
        <translation>Politik for sociale medier, version {version}</translation>
    </message>
    <message>
        <source>In force from {day}</source>
        <translation>Gældende fra {day}</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>Godkendt af {name}</translation>
    </message>
</context>
<context>
    <name>PolicyWindow</name>
    <message>
        <source>Social-media policy</source>
        <translation>Politik for sociale medier</translation>
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
        <translation>&amp;Kvitteringer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gældende fra</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Kvitteret af</translation>
    </message>
    <message>
        <source>Versions of the policy</source>
        <translation>Politikkens versioner</translation>
    </message>
    <message>
        <source>The version&apos;s texts</source>
        <translation>Versionens tekster</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gældende</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>fra {day}</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>Version {version} af {day}</translation>
    </message>
    <message>
        <source>No version of the policy is recorded yet: record one under “New version”.</source>
        <translation>Der er endnu ikke registreret nogen version af politikken: registrér en under »Ny version«.</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Gældende fra</translation>
    </message>
    <message>
        <source>An area of the company&apos;s own, if any</source>
        <translation>Et område, virksomheden selv tilføjer, hvis der er et</translation>
    </message>
    <message>
        <source>Own area&apos;s &amp;heading</source>
        <translation>Eget områdes &amp;overskrift</translation>
    </message>
    <message>
        <source>Own area&apos;s te&amp;xt</source>
        <translation>Eget områdes &amp;tekst</translation>
    </message>
    <message>
        <source>&amp;Record version</source>
        <translation>&amp;Registrér version</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Registrér version</translation>
    </message>
    <message>
        <source>A version is never changed once recorded: a change is a new version, which people acknowledge again. Write a text for each area the policy takes a stand on; leave the others empty.</source>
        <translation>En version ændres aldrig, når den er registreret: en ændring er en ny version, som alle kvitterer for igen. Skriv en tekst for hvert område, politikken tager stilling til; lad de øvrige stå tomme.</translation>
    </message>
    <message>
        <source>Recorded version {version}.</source>
        <translation>Version {version} er registreret.</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Godkendt &amp;af</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the version as PDF</source>
        <translation>Gem versionen som PDF</translation>
    </message>
    <message>
        <source>The chosen version as a PDF: the headings in the window&apos;s language, the company&apos;s texts as typed</source>
        <translation>Den valgte version som PDF: overskrifterne på vinduets sprog, virksomhedens tekster som skrevet</translation>
    </message>
    <message>
        <source>Save the policy as PDF</source>
        <translation>Gem politikken som PDF</translation>
    </message>
    <message>
        <source>Record ackno&amp;wledgement</source>
        <translation>Reg&amp;istrér kvittering</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Registrér kvittering</translation>
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
        <translation>Kvitteret &amp;den</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Kvitteret den</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>I&amp;mportér en liste…</translation>
    </message>
    <message>
        <source>Import a list of acknowledgements</source>
        <translation>Importér en liste over kvitteringer</translation>
    </message>
    <message>
        <source>A text or CSV file with one work email and date per line</source>
        <translation>En tekst- eller CSV-fil med én arbejds-e-mail og dato pr. linje</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Arbejds-e-mail</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <source>The list, line by line</source>
        <translation>Listen, linje for linje</translation>
    </message>
    <message>
        <source>Record the &amp;list</source>
        <translation>Registrér &amp;hele listen</translation>
    </message>
    <message>
        <source>Record the list</source>
        <translation>Registrér hele listen</translation>
    </message>
    <message>
        <source>Choose who acknowledged the policy.</source>
        <translation>Vælg hvem der har kvitteret for politikken.</translation>
    </message>
    <message>
        <source>The day of the acknowledgement is required.</source>
        <translation>Dagen for kvitteringen skal angives.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registreret.</translation>
    </message>
    <message>
        <source>Already acknowledged: nothing changed.</source>
        <translation>Der er allerede kvitteret: intet er ændret.</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Lister (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Acknowledged already</source>
        <translation>Har allerede kvitteret</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreres</translation>
    </message>
    <message>
        <source>{count} of {lines} lines have a problem: nothing is recorded. Correct the list and import it again.</source>
        <translation>{count} af {lines} linjer har et problem: intet registreres. Ret listen, og importér den igen.</translation>
    </message>
    <message>
        <source>{new} acknowledgements to record, {already} acknowledged already.</source>
        <translation>{new} kvitteringer registreres, {already} har allerede kvitteret.</translation>
    </message>
    <message>
        <source>Recorded {recorded} acknowledgements; {already} were acknowledged already.</source>
        <translation>{recorded} kvitteringer er registreret; {already} havde allerede kvitteret.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Pseudo (for checking layouts)</source>
        <translation>Pseudo (til at kontrollere layout)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>The new language is used the next time Account Registry starts.</source>
        <translation>Det nye sprog bruges, næste gang Account Registry starter.</translation>
    </message>
    <message>
        <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
        <translation>Så længe miljøvariablen {variable} er sat (nu til »{value}«), er det den, der bestemmer sproget.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ne&amp;j til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Genskab standarder</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkplacering</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Database…</source>
        <translation>Database…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Databaseindstillinger</translation>
    </message>
    <message>
        <source>Read only: the login “{login}” may read and export this registry but not change it. The registry&apos;s owner can give it editor rights.</source>
        <translation>Kun læsning: login »{login}« må læse og eksportere dette register, men ikke ændre det. Registrets ejer kan give det redaktørrettigheder.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation>Der skal angives en begrundelse.</translation>
    </message>
</context>
<context>
    <name>RecordConfirmationDialog</name>
    <message>
        <source>Record the signed handover confirmation</source>
        <translation>Registrér den underskrevne overdragelseserklæring</translation>
    </message>
    <message>
        <source>Record who signed the handover confirmation, when and how. It covers the accounts of this offboarding as they stand now; a signed scan can be kept with it (PDF, PNG or JPEG, at most 20 MB).</source>
        <translation>Registrér hvem der underskrev overdragelseserklæringen, hvornår og hvordan. Den dækker denne fratrædelses konti, som de står nu; en underskrevet scanning kan gemmes med den (PDF, PNG eller JPEG, højst 20 MB).</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>Ingen scanning</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Choose a signed scan</source>
        <translation>Vælg en underskrevet scanning</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>&amp;Underskrevet af</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Underskrevet &amp;den</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Underskrevet den</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Signed &amp;scan</source>
        <translation>Underskrevet &amp;scanning</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Scanninger (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose who signed.</source>
        <translation>Vælg hvem der underskrev.</translation>
    </message>
    <message>
        <source>The day it was signed is required.</source>
        <translation>Dagen for underskriften skal angives.</translation>
    </message>
</context>
<context>
    <name>RegisterAccountDialog</name>
    <message>
        <source>Register account</source>
        <translation>Registrér konto</translation>
    </message>
    <message>
        <source>Record handover terms now</source>
        <translation>Registrér overdragelsesvilkår nu</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <source>On departure</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <source>Handover terms not saved</source>
        <translation>Overdragelsesvilkår ikke gemt</translation>
    </message>
    <message>
        <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account&apos;s Handover terms tab.</source>
        <translation>Kontoen blev registreret, men dens overdragelsesvilkår blev ikke gemt: {error}

Tilføj dem under fanen Overdragelsesvilkår på kontoen.</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Allerede registreret</translation>
    </message>
    <message>
        <source>{message}

Open the existing record instead?</source>
        <translation>{message}

Vil du åbne den eksisterende i stedet?</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Åbn eksisterende</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <source>&amp;Note (what needs changing):</source>
        <translation>&amp;Note (hvad der skal ændres):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (valgfri):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Write what needs changing, so that whoever changes it knows.</source>
        <translation>Skriv, hvad der skal ændres, så den, der skal ændre det, ved det.</translation>
    </message>
    <message>
        <source>Flag for change</source>
        <translation>Markér til ændring</translation>
    </message>
    <message>
        <source>Say what is no longer true about the {count} selected account(s). The record stays as it is and the account stays due for review until someone confirms it.</source>
        <translation>Skriv, hvad der ikke længere passer om de(n) {count} valgte konto/konti. Oplysningerne forbliver, som de er, og kontoen skal stadig gennemgås, indtil nogen bekræfter den.</translation>
    </message>
    <message>
        <source>&amp;Flag for change</source>
        <translation>&amp;Markér til ændring</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <source>Confirm that the record of the {count} selected account(s) is true as it stands today: holder, administrators, login and handover terms.</source>
        <translation>Bekræft, at oplysningerne om de(n) {count} valgte konto/konti er korrekte, som de står i dag: indehaver, administratorer, login og overdragelsesvilkår.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Markér som gennemgået</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <source>{platform} “{handle}” — {display_name}</source>
        <translation>{platform} »{handle}« — {display_name}</translation>
    </message>
    <message>
        <source>{platform} “{handle}”</source>
        <translation>{platform} »{handle}«</translation>
    </message>
    <message>
        <source>No holder</source>
        <translation>Ingen indehaver</translation>
    </message>
    <message>
        <source>No responsible unit</source>
        <translation>Ingen ansvarlig afdeling</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Gennemgangsrunde</translation>
    </message>
    <message>
        <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
        <translation>De konti, der skal gennemgås. Bekræft de oplysninger, der stadig passer, som de er; markér resten til ændring med en note om, hvad der skal ændres.</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>&amp;Indehaver</translation>
    </message>
    <message>
        <source>Group by holder</source>
        <translation>Gruppér efter indehaver</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig af&amp;deling</translation>
    </message>
    <message>
        <source>Group by responsible unit</source>
        <translation>Gruppér efter ansvarlig afdeling</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppér efter:</translation>
    </message>
    <message>
        <source>Accounts due for review</source>
        <translation>Konti, der skal gennemgås</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Senest gennemgået</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Denne runde</translation>
    </message>
    <message>
        <source>Review round summary</source>
        <translation>Oversigt over gennemgangsrunden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Confirm as is</source>
        <translation>&amp;Bekræft, som den er</translation>
    </message>
    <message>
        <source>Confirm as is</source>
        <translation>Bekræft, som den er</translation>
    </message>
    <message>
        <source>Mark the selected accounts reviewed today: their records are true</source>
        <translation>Markér de valgte konti som gennemgået i dag: oplysningerne er korrekte</translation>
    </message>
    <message>
        <source>&amp;Flag for change…</source>
        <translation>&amp;Markér til ændring…</translation>
    </message>
    <message>
        <source>Flag for change</source>
        <translation>Markér til ændring</translation>
    </message>
    <message>
        <source>Note what is no longer true about the selected accounts</source>
        <translation>Skriv, hvad der ikke længere passer om de valgte konti</translation>
    </message>
    <message>
        <source>E&amp;xport checklist…</source>
        <translation>&amp;Eksportér tjekliste…</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Eksportér tjekliste</translation>
    </message>
    <message>
        <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
        <translation>Skriv runden som en CSV-tjekliste, der kan krydses af på papir eller i et regneark</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Export the review checklist</source>
        <translation>Eksportér tjeklisten til gennemgangen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Finding the accounts due for review…</source>
        <translation>Finder de konti, der skal gennemgås…</translation>
    </message>
    <message>
        <source>{group} ({count} due)</source>
        <translation>{group} ({count} til gennemgang)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>{count} accounts are due for review, in {groups} groups.</source>
        <translation>{count} konti skal gennemgås, fordelt på {groups} grupper.</translation>
    </message>
    <message>
        <source>No account is due for review. Every record was confirmed within its review interval.</source>
        <translation>Ingen konti skal gennemgås. Alle oplysninger er bekræftet inden for deres interval for gennemgang.</translation>
    </message>
    <message>
        <source>Confirmed ✓</source>
        <translation>Bekræftet ✓</translation>
    </message>
    <message>
        <source>Flagged for change: {note}</source>
        <translation>Markeret til ændring: {note}</translation>
    </message>
    <message>
        <source>Confirmed {count} accounts as they are.</source>
        <translation>Bekræftede {count} konti, som de er.</translation>
    </message>
    <message>
        <source>Flagged {count} accounts for change.</source>
        <translation>Markerede {count} konti til ændring.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Stoppet: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before the other {count}.</source>
        <translation>Annulleret før de sidste {count}.</translation>
    </message>
    <message>
        <source>Recording the reviews…</source>
        <translation>Registrerer gennemgangene…</translation>
    </message>
    <message>
        <source>Wrote the checklist of {count} accounts to {path}.</source>
        <translation>Skrev tjeklisten med {count} konti til {path}.</translation>
    </message>
    <message>
        <source>Writing the checklist…</source>
        <translation>Skriver tjeklisten…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>No admin</source>
        <translation>Ingen administrator</translation>
    </message>
    <message>
        <source>Nobody holds an active owner or admin role, so nobody can manage the account or add a new administrator.</source>
        <translation>Ingen har en aktiv rolle som ejer eller administrator, så ingen kan styre kontoen eller tilføje en ny administrator.</translation>
    </message>
    <message>
        <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform&apos;s support to restore access now, before anyone else claims it.</source>
        <translation>Find ud af, hvem der stadig har adgang, og registrér vedkommende som ejer eller administrator; har ingen adgang, så bed platformens support om at genskabe adgangen nu, før andre gør krav på kontoen.</translation>
    </message>
    <message>
        <source>Single admin</source>
        <translation>Kun én administrator</translation>
    </message>
    <message>
        <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
        <translation>Kun én person har en rolle som ejer eller administrator; hvis vedkommende stopper eller mister adgangen, står kontoen uden administrator.</translation>
    </message>
    <message>
        <source>Grant a second person the owner or admin role.</source>
        <translation>Giv en person mere rollen som ejer eller administrator.</translation>
    </message>
    <message>
        <source>Leaver holds a role</source>
        <translation>Fratræder har en rolle</translation>
    </message>
    <message>
        <source>Someone who is leaving or has left still holds an active role on the account.</source>
        <translation>En person, der er ved at fratræde eller er fratrådt, har stadig en aktiv rolle på kontoen.</translation>
    </message>
    <message>
        <source>Hand the role over to a successor and revoke the leaver&apos;s role, or settle it in the person&apos;s offboarding.</source>
        <translation>Overdrag rollen til en efterfølger, og tilbagekald rollen for den, der fratræder, eller afklar det i personens fratrædelsesforløb.</translation>
    </message>
    <message>
        <source>Private login</source>
        <translation>Privat login</translation>
    </message>
    <message>
        <source>The account logs in with an email address outside the company&apos;s domains, so whoever owns that address controls the account.</source>
        <translation>Kontoen logger ind med en e-mailadresse uden for virksomhedens domæner, så den, der ejer adressen, har kontrollen over kontoen.</translation>
    </message>
    <message>
        <source>Change the account&apos;s login email to a company address, such as a shared communications mailbox.</source>
        <translation>Skift kontoens login-e-mail til en adresse i virksomheden, f.eks. en fælles postkasse for kommunikation.</translation>
    </message>
    <message>
        <source>No handover terms</source>
        <translation>Ingen overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
        <translation>Der er ikke aftalt noget om, hvad der sker med kontoen, dens følgere og dens indhold, når indehaveren eller en administrator stopper.</translation>
    </message>
    <message>
        <source>Agree handover terms with the holder and record them, with the date.</source>
        <translation>Aftal overdragelsesvilkår med indehaveren, og registrér dem med dato.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Adgangskode ikke skiftet</translation>
    </message>
    <message>
        <source>An administrator&apos;s role was revoked after the stored password was last changed, so someone who left may still know it.</source>
        <translation>En administrators rolle blev tilbagekaldt, efter at den gemte adgangskode sidst blev skiftet, så en, der er stoppet, kender den måske stadig.</translation>
    </message>
    <message>
        <source>Change the account&apos;s password and recovery codes, and store the new ones.</source>
        <translation>Skift kontoens adgangskode og gendannelseskoder, og gem de nye.</translation>
    </message>
    <message>
        <source>No two-factor</source>
        <translation>Ingen tofaktor</translation>
    </message>
    <message>
        <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
        <translation>Kontoen har ikke tofaktorgodkendelse, eller ingen har registreret, om den har.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
        <translation>Slå tofaktorgodkendelse til med en godkendelsesapp, en sikkerhedsnøgle eller en adgangsnøgle, og registrér metoden.</translation>
    </message>
    <message>
        <source>Owner unknown</source>
        <translation>Ejer ukendt</translation>
    </message>
    <message>
        <source>It is not recorded whether the account is the company&apos;s, an employee role or someone&apos;s personal profile, or whose profile it is.</source>
        <translation>Det er ikke registreret, om kontoen tilhører virksomheden, er en medarbejderrolle eller nogens personlige profil, eller hvis profil det er.</translation>
    </message>
    <message>
        <source>Set the account&apos;s kind and, for an employee-role or personal account, its holder.</source>
        <translation>Angiv kontoens type og, for en medarbejderrolle eller en personlig konto, dens indehaver.</translation>
    </message>
    <message>
        <source>No recorded consent</source>
        <translation>Intet registreret samtykke</translation>
    </message>
    <message>
        <source>The personal profile is listed for ambassador work, but its holder&apos;s consent is not recorded; sharing company content on one&apos;s own profile is voluntary.</source>
        <translation>Den personlige profil er opført som ambassadør, men indehaverens samtykke er ikke registreret; at dele virksomhedens indhold på sin egen profil er frivilligt.</translation>
    </message>
    <message>
        <source>Ask the holder and record their consent with what the company may ask, or take the profile off the ambassador list.</source>
        <translation>Spørg indehaveren og registrér samtykket med det, virksomheden må bede om, eller fjern profilen fra ambassadørlisten.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbage</translation>
    </message>
    <message>
        <source>The holder withdrew their consent to ambassador work, but the profile is still listed for it.</source>
        <translation>Indehaveren har trukket sit samtykke til ambassadørarbejde tilbage, men profilen er stadig opført som ambassadør.</translation>
    </message>
    <message>
        <source>Take the profile off the ambassador list and stop asking the holder to share.</source>
        <translation>Fjern profilen fra ambassadørlisten, og hold op med at bede indehaveren om at dele.</translation>
    </message>
    <message>
        <source>Holder left</source>
        <translation>Indehaver fratrådt</translation>
    </message>
    <message>
        <source>The employee-role account presents someone who has left, as an employee of the company.</source>
        <translation>Kontoen i medarbejderrolle viser en person, der er fratrådt, som medarbejder i virksomheden.</translation>
    </message>
    <message>
        <source>Hand the account over to a successor and rename it, or archive or close it, as its handover terms say.</source>
        <translation>Overdrag kontoen til en efterfølger og omdøb den, eller arkivér eller luk den, som overdragelsesvilkårene siger.</translation>
    </message>
    <message>
        <source>Holder not agreed</source>
        <translation>Indehaver ikke enig</translation>
    </message>
    <message>
        <source>The account&apos;s handover terms are recorded, but its holder has not agreed to them.</source>
        <translation>Kontoens overdragelsesvilkår er registreret, men indehaveren har ikke godkendt dem.</translation>
    </message>
    <message>
        <source>Go through the terms with the holder and record their agreement.</source>
        <translation>Gennemgå vilkårene med indehaveren, og registrér deres accept.</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Uofficiel</translation>
    </message>
    <message>
        <source>Someone made the account in the company&apos;s name without a mandate, and nobody has decided what becomes of it.</source>
        <translation>Nogen har oprettet kontoen i virksomhedens navn uden mandat, og ingen har besluttet, hvad der skal ske med den.</translation>
    </message>
    <message>
        <source>Decide whether the company adopts, hands over, archives or closes it, and record that as its handover terms.</source>
        <translation>Beslut, om virksomheden overtager, overdrager, arkiverer eller lukker den, og registrér det som dens overdragelsesvilkår.</translation>
    </message>
    <message>
        <source>Company group kept</source>
        <translation>Firmagruppe beholdt</translation>
    </message>
    <message>
        <source>The unofficial group was built for the company, but its terms say its holder keeps it; groups and networks built for the company stay with the company.</source>
        <translation>Den uofficielle gruppe er bygget op for virksomheden, men vilkårene siger, at indehaveren beholder den; grupper og netværk bygget for virksomheden bliver i virksomheden.</translation>
    </message>
    <message>
        <source>Agree with the holder that the group is the company&apos;s: record it as a company or employee-role account, with terms that hand it over.</source>
        <translation>Aftal med indehaveren, at gruppen er virksomhedens: registrér den som virksomhedskonto eller konto i medarbejderrolle med vilkår, der overdrager den.</translation>
    </message>
    <message>
        <source>Policy not acknowledged</source>
        <translation>Politik ikke kvitteret</translation>
    </message>
    <message>
        <source>The holder speaks for the company on this account, but has not acknowledged the social-media policy in force.</source>
        <translation>Indehaveren taler på virksomhedens vegne på denne konto, men har ikke kvitteret for den gældende politik for sociale medier.</translation>
    </message>
    <message>
        <source>Give the holder the policy and record their acknowledgement.</source>
        <translation>Giv indehaveren politikken, og registrér kvitteringen.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Ændring ikke foretaget</translation>
    </message>
    <message>
        <source>A review flagged the account&apos;s record as needing a change, and nobody has resolved it.</source>
        <translation>En gennemgang markerede, at kontoens oplysninger skal ændres, og ingen har løst det.</translation>
    </message>
    <message>
        <source>Make the change the review asked for, then resolve the flag.</source>
        <translation>Foretag den ændring, gennemgangen bad om, og løs derefter markeringen.</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Gennemgang forsinket</translation>
    </message>
    <message>
        <source>Nobody has confirmed within the review interval that the account&apos;s record is still true.</source>
        <translation>Ingen har inden for intervallet for gennemgang bekræftet, at oplysningerne om kontoen stadig passer.</translation>
    </message>
    <message>
        <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
        <translation>Gennemgå kontoen: kontrollér dens administratorer, login og vilkår, og markér den derefter som gennemgået.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <source>Risk chart</source>
        <translation>Risikodiagram</translation>
    </message>
    <message>
        <source>No account looked after is at risk.</source>
        <translation>Ingen forvaltet konto er i risiko.</translation>
    </message>
    <message>
        <source>{title} ({severity}): {count}</source>
        <translation>{title} ({severity}): {count}</translation>
    </message>
    <message>
        <source>{at_risk} of {total} accounts looked after are at risk.</source>
        <translation>{at_risk} af {total} forvaltede konti er i risiko.</translation>
    </message>
    <message>
        <source>Accounts by risk: {risks}.</source>
        <translation>Konti efter risiko: {risks}.</translation>
    </message>
    <message>
        <source>{platform}: {count} ({breakdown})</source>
        <translation>{platform}: {count} ({breakdown})</translation>
    </message>
    <message>
        <source>Accounts at risk by platform, by their worst risk: {platforms}.</source>
        <translation>Konti i risiko efter platform, efter deres alvorligste risiko: {platforms}.</translation>
    </message>
    <message>
        <source>{count} {severity}</source>
        <translation>{count} med {severity} risiko</translation>
    </message>
    <message>
        <source>{title} ({severity} risk): {count} account
{explanation}</source>
        <translation>{title} ({severity} risiko): {count} konto
{explanation}</translation>
    </message>
    <message>
        <source>{title} ({severity} risk): {count} accounts
{explanation}</source>
        <translation>{title} ({severity} risiko): {count} konti
{explanation}</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>Det kan du gøre: {what}</translation>
    </message>
    <message>
        <source>{platform}: {count} account at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konto i risiko
Efter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <source>{platform}: {count} accounts at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konti i risiko
Efter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <source>Accounts by risk</source>
        <translation>Konti efter risiko</translation>
    </message>
    <message>
        <source>Accounts at risk by platform, by their worst risk</source>
        <translation>Konti i risiko efter platform og alvorligste risiko</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Replace: {field}</source>
        <translation>Erstat: {field}</translation>
    </message>
    <message>
        <source>Store: {field}</source>
        <translation>Gem: {field}</translation>
    </message>
    <message>
        <source>It is stored in the operating system&apos;s keyring, never in the registry&apos;s database. Replacing it counts as rotating the login.</source>
        <translation>Det gemmes i styresystemets nøglering, aldrig i registrets database. At erstatte det tæller som at skifte login.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Ny adgangskode</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Gentag den</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>{field} is empty; type or paste it.</source>
        <translation>{field}: feltet er tomt; skriv eller indsæt.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {count} characters).</source>
        <translation>{field}: for langt (højst {count} tegn).</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>De to adgangskoder er ikke ens; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>e.g. db.nordlys.dk</source>
        <translation>f.eks. db.nordlys.dk</translation>
    </message>
    <message>
        <source>e.g. registry</source>
        <translation>f.eks. registry</translation>
    </message>
    <message>
        <source>Empty: the one kept in the keyring</source>
        <translation>Tom: den, der ligger i nøgleringen</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Kryptér, når serveren tilbyder det (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Kryptér altid (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-ca)</source>
        <translation>Kryptér og kontrollér serverens certifikat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt and check certificate and name (verify-full)</source>
        <translation>Kryptér og kontrollér certifikat og navn (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Kryptér aldrig (disable)</translation>
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
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Adgangs&amp;kode</translation>
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
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <source>&amp;Next: see the checklist</source>
        <translation>&amp;Næste: se tjeklisten</translation>
    </message>
    <message>
        <source>&amp;Start offboarding</source>
        <translation>&amp;Start fratrædelse</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Next: see the checklist</source>
        <translation>Næste: se tjeklisten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>That failed unexpectedly; the details are in the error log.</source>
        <translation>Det mislykkedes uventet; detaljerne står i fejlloggen.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>company</source>
        <translation>virksomhed</translation>
    </message>
    <message>
        <source>employee role</source>
        <translation>medarbejderrolle</translation>
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
        <translation>side</translation>
    </message>
    <message>
        <source>group</source>
        <translation>gruppe</translation>
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
        <translation>hvilende</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>frafaldet</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ejer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktør</translation>
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
        <translation>overdrag til efterfølger</translation>
    </message>
    <message>
        <source>transfer to company</source>
        <translation>overdrag til virksomheden</translation>
    </message>
    <message>
        <source>holder keeps</source>
        <translation>indehaveren beholder den</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkivér</translation>
    </message>
    <message>
        <source>close</source>
        <translation>luk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>authenticator app</source>
        <translation>godkendelsesapp</translation>
    </message>
    <message>
        <source>security key</source>
        <translation>sikkerhedsnøgle</translation>
    </message>
    <message>
        <source>passkey</source>
        <translation>adgangsnøgle</translation>
    </message>
    <message>
        <source>sms</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>ansat</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>fratræder</translation>
    </message>
    <message>
        <source>left</source>
        <translation>fratrådt</translation>
    </message>
    <message>
        <source>external</source>
        <translation>ekstern</translation>
    </message>
    <message>
        <source>holder agreement</source>
        <translation>indehaverens aftale</translation>
    </message>
    <message>
        <source>handover confirmation</source>
        <translation>overdragelseserklæring</translation>
    </message>
    <message>
        <source>signed paper</source>
        <translation>underskrevet papir</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personligt</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Set up this registry</source>
        <translation>Opsæt dette register</translation>
    </message>
    <message>
        <source>1. Your organisation</source>
        <translation>1. Din organisation</translation>
    </message>
    <message>
        <source>Its name, the email domains its logins should use (the “Private login” risk needs them) and whose public holidays due dates skip. Skip this if you like.</source>
        <translation>Navnet, de e-maildomæner, som logins skal bruge (risikoen »Privat login« kræver dem), og hvilket lands helligdage frister springer over. Du kan springe det over.</translation>
    </message>
    <message>
        <source>2. Fill the registry</source>
        <translation>2. Fyld registret</translation>
    </message>
    <message>
        <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
        <translation>Registrér konti én ad gangen under Konti, importér dem fra et regneark, eller start med et eksempel. Eksempelorganisationen, Nordlys Rejser A/S, er et rejseselskab med omkring 120 konti og de problemer, rigtige registre har: sider med kun én administrator, private logins og fratrådte, der stadig har roller.</translation>
    </message>
    <message>
        <source>Import people from HR…</source>
        <translation>Importér personer fra HR…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importér personer fra HR</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s people from a spreadsheet (CSV, Excel or LibreOffice) with the columns name, work_email, department, title, manager_email, employment_status, last_working_day; you see a preview first</source>
        <translation>Importér organisationens personer fra et regneark (CSV, Excel eller LibreOffice) med kolonnerne name, work_email, department, title, manager_email, employment_status, last_working_day; du ser en forhåndsvisning først</translation>
    </message>
    <message>
        <source>Import accounts…</source>
        <translation>Importér konti…</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importér konti</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet (CSV, Excel or LibreOffice); you see a preview before anything is written</source>
        <translation>Importér konti fra et regneark (CSV, Excel eller LibreOffice); du ser en forhåndsvisning, før noget skrives</translation>
    </message>
    <message>
        <source>Create the sample organisation</source>
        <translation>Opret eksempelorganisationen</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start tomt</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <source>Who is leaving, and when</source>
        <translation>Hvem fratræder, og hvornår</translation>
    </message>
    <message>
        <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
        <translation>Tjeklisten laves ud fra de konti, personen er indehaver eller administrator af. Du ser den, før noget oprettes.</translation>
    </message>
    <message>
        <source>Optional: who takes over the roles</source>
        <translation>Valgfrit: hvem overtager rollerne</translation>
    </message>
    <message>
        <source>Show their &amp;offboarding</source>
        <translation>Vis personens &amp;fratrædelsesforløb</translation>
    </message>
    <message>
        <source>Show their offboarding</source>
        <translation>Vis personens fratrædelsesforløb</translation>
    </message>
    <message>
        <source>&amp;Person leaving</source>
        <translation>&amp;Person, der fratræder</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Sidste a&amp;rbejdsdag</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <source>Default s&amp;uccessor</source>
        <translation>&amp;Efterfølger</translation>
    </message>
    <message>
        <source>The successor receives the leaver&apos;s owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
        <translation>Efterfølgeren får den fratrædendes ejer- og administratorroller, når et overdragelsespunkt krydses af. Du kan vælge eller skifte efterfølger senere.</translation>
    </message>
    <message>
        <source>&amp;Internal move: the person stays, in another department or role</source>
        <translation>&amp;Intern flytning: personen bliver, i en anden afdeling eller rolle</translation>
    </message>
    <message>
        <source>Internal move</source>
        <translation>Intern flytning</translation>
    </message>
    <message>
        <source>Settle their accounts by this day without recording them as leaving; the checklist has no items for a departure</source>
        <translation>Afklar personens konti inden denne dag uden at registrere personen som fratrædende; tjeklisten har ingen punkter for en fratrædelse</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation type="vanished">Ingen i registret passer til »{text}«; vælg en person på listen.</translation>
    </message>
    <message>
        <source>Choose the person who is leaving.</source>
        <translation>Vælg den person, der fratræder.</translation>
    </message>
    <message>
        <source>The last working day is required.</source>
        <translation>Sidste arbejdsdag skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>The checklist</source>
        <translation>Tjeklisten</translation>
    </message>
    <message>
        <source>Checklist preview</source>
        <translation>Forhåndsvisning af tjeklisten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Nothing is created until you press Start offboarding. Starting also records the person as leaving.</source>
        <translation>Intet oprettes, før du trykker på Start fratrædelse. Når forløbet startes, registreres personen også som fratrædende.</translation>
    </message>
    <message>
        <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} fratræder {day}. {successor} overtager rollerne. Tjeklisten har {items} punkter på {accounts} konti.</translation>
    </message>
    <message>
        <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} fratræder {day}. Der er ikke valgt nogen efterfølger endnu: overdragelsespunkterne venter på en. Tjeklisten har {items} punkter på {accounts} konti.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>{title} (ticking it moves the roles)</source>
        <translation>{title} (når punktet krydses af, flyttes rollerne)</translation>
    </message>
    <message>
        <source>{account} ({count})</source>
        <translation>{account} ({count})</translation>
    </message>
</context>
</TS>
