<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): you may use, study, share and change it. &lt;a href=&quot;{url}&quot;&gt;The licence&lt;/a&gt;</source>
        <translation>Fri programvare under GNU General Public License, versjon 3 eller senere ({licence}): du kan bruke, studere, dele og endre den. &lt;a href=&quot;{url}&quot;&gt;Lisensen&lt;/a&gt;</translation>
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
        <translation>Neste måned</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Tøm feltet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
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
        <translation>Notat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Changes in the registry</source>
        <translation>Endringer i registeret</translation>
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
        <translation>nei</translation>
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
        <translation>{field}: «{old}» → «{new}»</translation>
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
        <translation type="vanished">Registrerte {platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <source>Granted {role} to {person}</source>
        <translation>Tildelte {person} rollen {role}</translation>
    </message>
    <message>
        <source>Imported the {account}</source>
        <translation>Importerte {account}</translation>
    </message>
    <message>
        <source>Revoked {role} from {person}</source>
        <translation>Trakk tilbake rollen {role} fra {person}</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s {document} ({channel}), covering terms version {version}</source>
        <translation>Registrerte {person}s {document} ({channel}), som dekker vilkårsversjon {version}</translation>
    </message>
    <message>
        <source>Removed signed scan {scan}: the person who signed it was anonymised</source>
        <translation>Fjernet signert skanning {scan}: personen som signerte den ble anonymisert</translation>
    </message>
    <message>
        <source>Kept a signed scan with agreement {agreement}: {file}</source>
        <translation>Lagret en signert skanning med avtale {agreement}: {file}</translation>
    </message>
    <message>
        <source>Agreed handover terms, version {version}</source>
        <translation>Avtalte overdragelsesvilkår, versjon {version}</translation>
    </message>
    <message>
        <source>Imported the {platform} {presence} “{handle}”</source>
        <translation type="vanished">Importerte {platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <source>Changed the record of a role</source>
        <translation>Endret opplysningene om en rolle</translation>
    </message>
    <message>
        <source>Changed recorded handover terms</source>
        <translation>Endret registrerte overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Changed an offboarding checklist item</source>
        <translation>Endret et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <source>Changed the record of the holder&apos;s ambassador consent</source>
        <translation>Endret opplysningene om innehaverens ambassadørsamtykke</translation>
    </message>
    <message>
        <source>Changed the record of an agreement</source>
        <translation>Endret opplysningene om en avtale</translation>
    </message>
    <message>
        <source>Changed the account</source>
        <translation>Endret kontoen</translation>
    </message>
    <message>
        <source>Archived the account</source>
        <translation>Arkiverte kontoen</translation>
    </message>
    <message>
        <source>Confirmed the record in a review</source>
        <translation>Bekreftet opplysningene ved en gjennomgang</translation>
    </message>
    <message>
        <source>Flagged the record for change in a review</source>
        <translation>Merket opplysningene for endring ved en gjennomgang</translation>
    </message>
    <message>
        <source>Resolved the review&apos;s flag for change</source>
        <translation>Løste gjennomgangens merking for endring</translation>
    </message>
    <message>
        <source>Recorded the holder&apos;s ambassador consent</source>
        <translation>Registrerte innehaverens ambassadørsamtykke</translation>
    </message>
    <message>
        <source>Recorded that the holder&apos;s ambassador consent is withdrawn</source>
        <translation>Registrerte at innehaverens ambassadørsamtykke er trukket tilbake</translation>
    </message>
    <message>
        <source>Planned an offboarding checklist item</source>
        <translation>Planla et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <source>Ticked off an offboarding checklist item</source>
        <translation>Krysset av et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <source>Waived an offboarding checklist item</source>
        <translation>Frafalt et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <source>Reopened an offboarding checklist item</source>
        <translation>Gjenåpnet et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <source>{action} ({entity})</source>
        <translation>{action} ({entity})</translation>
    </message>
    <message>
        <source>Changed the account in an import</source>
        <translation>Endret kontoen ved en import</translation>
    </message>
    <message>
        <source>Granted {role} to {person} in an import</source>
        <translation>Tildelte {person} rollen {role} ved en import</translation>
    </message>
    <message>
        <source>Imported handover terms, version {version}</source>
        <translation>Importerte overdragelsesvilkår, versjon {version}</translation>
    </message>
    <message>
        <source>login</source>
        <translation>innlogging</translation>
    </message>
    <message>
        <source>Registered the {account}</source>
        <translation>Registrerte {account}</translation>
    </message>
    <message>
        <source>Stored the {field} in the keyring</source>
        <translation>Lagret {field} i nøkkelringen</translation>
    </message>
    <message>
        <source>Replaced the {field} in the keyring</source>
        <translation>Erstattet {field} i nøkkelringen</translation>
    </message>
    <message>
        <source>Deleted the {field} from the keyring</source>
        <translation>Slettet {field} fra nøkkelringen</translation>
    </message>
    <message>
        <source>Marked the login as rotated</source>
        <translation>Merket innloggingen som byttet</translation>
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
        <translation>Innloggingsdetal&amp;jer</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Angre</translation>
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
        <translation>Tildelt av</translation>
    </message>
    <message>
        <source>Active administrators</source>
        <translation>Aktive administratorer</translation>
    </message>
    <message>
        <source>Revoke the selected role</source>
        <translation>Trekk tilbake den valgte rollen</translation>
    </message>
    <message>
        <source>Why the role ends, e.g. left the company, changed team</source>
        <translation>Hvorfor rollen opphører, f.eks. sluttet, byttet team</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Trekk &amp;tilbake</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <source>Overvie&amp;w</source>
        <translation>Oversi&amp;kt</translation>
    </message>
    <message>
        <source>Someone else changed this account. Your unsaved changes are still here; Reload shows theirs instead.</source>
        <translation>Noen andre har endret denne kontoen. Endringene dine som ikke er lagret, er her fortsatt; Last inn igjen viser den andres i stedet.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Last inn i&amp;gjen</translation>
    </message>
    <message>
        <source>Reload the account</source>
        <translation>Last inn kontoen igjen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>Adm&amp;inistrators</source>
        <translation>A&amp;dministratorer</translation>
    </message>
    <message>
        <source>Handover te&amp;rms</source>
        <translation>Overdragelsesvilk&amp;år</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>Am&amp;bassador consent</source>
        <translation>Am&amp;bassadørsamtykke</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation type="vanished">Avtaler</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>Resolve the flag</source>
        <translation>Løs merkingen</translation>
    </message>
    <message>
        <source>Resolve the flag for change</source>
        <translation>Løs merkingen for endring</translation>
    </message>
    <message>
        <source>Other active roles</source>
        <translation>Andre aktive roller</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <source>Revoked o&amp;n</source>
        <translation>Tilbakekalt d&amp;en</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Tildel en rolle</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>T&amp;ildel</translation>
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
        <translation>Tilbakekalt den</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Tilbakekalt av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Grants and revocations</source>
        <translation>Tildelinger og tilbaketrekninger</translation>
    </message>
    <message>
        <source>Other active roles (not administrators: they cannot add or remove others)</source>
        <translation>Andre aktive roller (ikke administratorer: de kan ikke legge til eller fjerne andre)</translation>
    </message>
    <message>
        <source>Grants and revocations, newest first</source>
        <translation>Tildelinger og tilbaketrekninger, nyeste først</translation>
    </message>
    <message>
        <source>&amp;Edit terms…</source>
        <translation>&amp;Rediger vilkår…</translation>
    </message>
    <message>
        <source>Edit terms</source>
        <translation>Rediger vilkår</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <source>Agreed for the company by</source>
        <translation>Undertegnet for bedriften av</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Terms of the selected version</source>
        <translation>Vilkårene i den valgte versjonen</translation>
    </message>
    <message>
        <source>All versions (select one to read it)</source>
        <translation>Alle versjoner (velg en for å lese den)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} «{handle}»</translation>
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
        <translation>Merket for endring ved en gjennomgang {day}: {note}</translation>
    </message>
    <message>
        <source>Nothing puts this account at risk.</source>
        <translation>Ingenting setter denne kontoen i fare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{marker} {risk}&lt;/b&gt; ({severity}): {explanation} &lt;i&gt;{what_to_do}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{marker} {risk}&lt;/b&gt; ({severity}): {explanation} &lt;i&gt;{what_to_do}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{name} (leaving {day})</source>
        <translation>{name} (slutter {day})</translation>
    </message>
    <message>
        <source>{name} (has left)</source>
        <translation>{name} (har sluttet)</translation>
    </message>
    <message>
        <source>Current terms (version {version}): {disposition}, proposed and not yet agreed.</source>
        <translation>Gjeldende vilkår (versjon {version}): {disposition}, foreslått og ennå ikke avtalt.</translation>
    </message>
    <message>
        <source>Current terms (version {version}): {disposition}, agreed on {date}.</source>
        <translation>Gjeldende vilkår (versjon {version}): {disposition}, avtalt den {date}.</translation>
    </message>
    <message>
        <source>No handover terms are agreed for this account yet.</source>
        <translation>Det er ennå ikke avtalt overdragelsesvilkår for kontoen.</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>Your unsaved value: “{value}”</source>
        <translation>Din ulagrede verdi: «{value}»</translation>
    </message>
    <message>
        <source>No one in the registry matches “{typed}”; choose a person from the list.</source>
        <translation type="vanished">Ingen i registeret passer med «{typed}»; velg en person fra listen.</translation>
    </message>
    <message>
        <source>Choose the person to grant the role to.</source>
        <translation>Velg personen som skal få rollen.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dager</translation>
    </message>
    <message>
        <source>Version {version}, recorded {when} by {who}</source>
        <translation>Versjon {version}, registrert {when} av {who}</translation>
    </message>
    <message>
        <source>On departure: {disposition}</source>
        <translation>Ved fratreden: {disposition}</translation>
    </message>
    <message>
        <source>Successor: {person}</source>
        <translation>Etterfølger: {person}</translation>
    </message>
    <message>
        <source>Notice: {notice}</source>
        <translation>Varsel: {notice}</translation>
    </message>
    <message>
        <source>Agreed on: {date}</source>
        <translation>Avtalt den: {date}</translation>
    </message>
    <message>
        <source>Agreed on: not yet (proposed terms)</source>
        <translation>Avtalt den: ennå ikke (foreslåtte vilkår)</translation>
    </message>
    <message>
        <source>Agreed by the holder: {answer}</source>
        <translation>Avtalt med innehaveren: {answer}</translation>
    </message>
    <message>
        <source>Agreed for the company by: {who}</source>
        <translation>Undertegnet for bedriften av: {who}</translation>
    </message>
    <message>
        <source>Followers, network and groups:</source>
        <translation>Følgere, nettverk og grupper:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Innhold:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Kontoen har endringer som ikke er lagret. Vil du lagre dem?</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
        <translation>Lim inn adressen, f.eks. https://www.linkedin.com/company/acme</translation>
    </message>
    <message>
        <source>Choose a platform</source>
        <translation>Velg en plattform</translation>
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
        <translation>Offisiell: opprettet med bedriftens mandat</translation>
    </message>
    <message>
        <source>blank = organisation default ({months})</source>
        <translation>tomt = organisasjonens standard ({months})</translation>
    </message>
    <message>
        <source>What the account is for, what may be said on it, to whom</source>
        <translation>Hva kontoen brukes til, hva som kan sies der, og til hvem</translation>
    </message>
    <message>
        <source>e.g. answer messages within one working day</source>
        <translation>f.eks. svar på meldinger innen én arbeidsdag</translation>
    </message>
    <message>
        <source>e.g. 24</source>
        <translation>f.eks. 24</translation>
    </message>
    <message>
        <source>Also outside working hours</source>
        <translation>Også utenfor arbeidstid</translation>
    </message>
    <message>
        <source>e.g. two posts a week</source>
        <translation>f.eks. to innlegg i uken</translation>
    </message>
    <message>
        <source>e.g. customers with a booking</source>
        <translation>f.eks. kunder med en bestilling</translation>
    </message>
    <message>
        <source>Whom to ask about a critical comment</source>
        <translation>Hvem som spørres ved en kritisk kommentar</translation>
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
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>Pr&amp;esence</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Visningsnavn</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Recognised: {account}.</source>
        <translation>Gjenkjent: {account}.</translation>
    </message>
    <message>
        <source>Holds characters nobody can see ({characters}) that change how it reads. As written: {text}</source>
        <translation>Inneholder tegn som ingen kan se ({characters}), og som endrer hvordan teksten leses. Slik den er skrevet: {text}</translation>
    </message>
    <message>
        <source>Holder and care</source>
        <translation>Innehaver og drift</translation>
    </message>
    <message>
        <source>H&amp;older</source>
        <translation>&amp;Innehaver</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig &amp;enhet</translation>
    </message>
    <message>
        <source>&amp;Login email</source>
        <translation>E-post for inn&amp;logging</translation>
    </message>
    <message>
        <source>&amp;Two-factor method</source>
        <translation>&amp;Tofaktormetode</translation>
    </message>
    <message>
        <source>Re&amp;view interval (months)</source>
        <translation>Intervall for &amp;gjennomgang (måneder)</translation>
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
        <translation>F&amp;orventninger til svar</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <source>Answer within (hours)</source>
        <translation>Svar innen (timer)</translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation>Hyppighet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Wor&amp;king time per week (hours)</source>
        <translation>Arbeidstid per uke (timer)</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Eskaleringskontakt</translation>
    </message>
    <message>
        <source>Recognised: {platform} {presence} “{handle}”.</source>
        <translation type="vanished">Gjenkjent: {platform}-{presence} «{handle}».</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <source>Outside the company&apos;s domains ({domains}): this login could leave with the address&apos;s owner.</source>
        <translation>Utenfor bedriftens domener ({domains}): denne innloggingen kan forsvinne med den som eier adressen.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <source>Belongs to the company; whoever runs it does so for the company.</source>
        <translation>Tilhører bedriften; den som driver kontoen, gjør det på vegne av bedriften.</translation>
    </message>
    <message>
        <source>The person is present as an employee of the company; the account stays with the company.</source>
        <translation>Personen er til stede som ansatt i bedriften; kontoen blir i bedriften.</translation>
    </message>
    <message>
        <source>Belongs to the holder; the employer can never take it over.</source>
        <translation>Tilhører innehaveren; arbeidsgiveren kan aldri overta den.</translation>
    </message>
    <message>
        <source>Flagged as a risk until someone settles whose it is.</source>
        <translation>Merkes som en risiko til noen avklarer hvem den tilhører.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <source>Employee role</source>
        <translation>Ansattrolle</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ikke kjent ennå</translation>
    </message>
    <message>
        <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
        <translation>En personlig konto tilhører innehaveren. Arbeidsgiveren kan aldri overta den, så overdragelsesvilkårene kan ikke overføre den til en etterfølger eller til bedriften.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
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
        <translation>Sikkerhetsnøkkel</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Passnøkkel</translation>
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
        <translation>Overdra til etterfølgeren</translation>
    </message>
    <message>
        <source>Transfer to the company</source>
        <translation>Overdra til bedriften</translation>
    </message>
    <message>
        <source>The holder keeps it</source>
        <translation>Innehaveren beholder den</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Steng</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>The platform the account is on</source>
        <translation>Plattformen kontoen ligger på</translation>
    </message>
    <message>
        <source>The account&apos;s handle or address on its platform</source>
        <translation>Kontoens brukernavn eller adresse på plattformen</translation>
    </message>
    <message>
        <source>The name the account shows</source>
        <translation>Navnet kontoen viser</translation>
    </message>
    <message>
        <source>Whom the account belongs to: the company, an employee role, or a person</source>
        <translation>Hvem kontoen tilhører: bedriften, en ansattrolle eller en person</translation>
    </message>
    <message>
        <source>Profile, page, group or channel</source>
        <translation>Profil, side, gruppe eller kanal</translation>
    </message>
    <message>
        <source>Active, dormant, archived or closed</source>
        <translation>Aktiv, hvilende, arkivert eller stengt</translation>
    </message>
    <message>
        <source>No for a page or group someone made in the company&apos;s name without its mandate</source>
        <translation>Nei for en side eller gruppe som noen har opprettet i selskapets navn uten dets mandat</translation>
    </message>
    <message>
        <source>The person the account presents</source>
        <translation>Personen kontoen presenterer</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Adm.</translation>
    </message>
    <message>
        <source>How many people hold an active role on the account</source>
        <translation type="vanished">Hvor mange som har en aktiv rolle på kontoen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Gjennomgås</translation>
    </message>
    <message>
        <source>When the account&apos;s record should next be confirmed</source>
        <translation>Når opplysningene om kontoen neste gang skal bekreftes</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>How many people are active administrators of the account ({roles}): those who can add and remove others</source>
        <translation>Hvor mange som er aktive administratorer for kontoen ({roles}): de som kan legge til og fjerne andre</translation>
    </message>
    <message>
        <source>What puts the account at risk, worst first</source>
        <translation>Hva som utsetter kontoen for risiko, det alvorligste først</translation>
    </message>
    <message>
        <source>Could not be read; press {key}.</source>
        <translation>Kunne ikke leses; trykk {key}.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ikke kjent</translation>
    </message>
    <message>
        <source>{risk} ({severity}): {explanation}</source>
        <translation>{risk} ({severity}): {explanation}</translation>
    </message>
    <message>
        <source>The risks are being read.</source>
        <translation>Risikoene leses inn.</translation>
    </message>
    <message>
        <source>No risks found.</source>
        <translation>Ingen risikoer funnet.</translation>
    </message>
    <message>
        <source>{platform} {presence}: {handle}</source>
        <translation type="vanished">{platform}-{presence}: {handle}</translation>
    </message>
    <message>
        <source>Could not be read; press F5.</source>
        <translation type="vanished">Kunne ikke leses; trykk F5.</translation>
    </message>
    <message>
        <source>Nobody holds an active role.</source>
        <translation>Ingen har en aktiv rolle.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Handle, display name, holder, administrator name or email</source>
        <translation>Brukernavn, visningsnavn, innehaver, administratornavn eller e-post</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle plattformer</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
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
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Official or not</source>
        <translation>Offisiell eller ikke</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Offisiell</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Uoffisiell</translation>
    </message>
    <message>
        <source>Only at &amp;risk</source>
        <translation>Bare med &amp;risiko</translation>
    </message>
    <message>
        <source>Only at risk</source>
        <translation>Bare med risiko</translation>
    </message>
    <message>
        <source>Register account…</source>
        <translation>Registrer konto…</translation>
    </message>
    <message>
        <source>Register account</source>
        <translation>Registrer konto</translation>
    </message>
    <message>
        <source>Register a new account (Ctrl+N)</source>
        <translation>Registrer en ny konto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Open the selected account (Enter or double-click)</source>
        <translation>Åpne den valgte kontoen (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arkiver…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Archive the selected account, keeping its record and history (Delete)</source>
        <translation>Arkiver den valgte kontoen; opplysningene og historikken beholdes (Delete)</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed…</source>
        <translation>Merk som &amp;gjennomgått…</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Merk som gjennomgått</translation>
    </message>
    <message>
        <source>Confirm that the selected accounts&apos; records are true today (Ctrl+Shift+M)</source>
        <translation>Bekreft at opplysningene om de valgte kontoene stemmer i dag (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Review r&amp;ound…</source>
        <translation>Gjennomgangsr&amp;unde…</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Gjennomgangsrunde</translation>
    </message>
    <message>
        <source>Go through every account due for review, by holder or unit</source>
        <translation>Gå gjennom alle kontoer som skal gjennomgås, etter innehaver eller enhet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
        <translation>Importer kontoer fra et regneark (CSV), med forhåndsvisning først (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
        <translation>Eksporter eierskapsrapporten for de viste kontoene til et regneark (CSV) (Ctrl+E)</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Laster inn kontoer…</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Viste kontoer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Export the ownership report</source>
        <translation>Eksporter eierskapsrapporten</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importer kontoer</translation>
    </message>
    <message>
        <source>Administrators not searched; press {key}</source>
        <translation>Søkt uten administratorer; trykk {key}</translation>
    </message>
    <message>
        <source>Administrators not searched; press F5</source>
        <translation type="vanished">Søkt uten administratorer; trykk F5</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>{total} account</source>
        <translation>{total} konto</translation>
    </message>
    <message>
        <source>{total} accounts</source>
        <translation>{total} kontoer</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} account</source>
        <translation>Viser {shown} av {total} konto</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} accounts</source>
        <translation>Viser {shown} av {total} kontoer</translation>
    </message>
    <message>
        <source>{account} ({display_name})</source>
        <translation>{account} ({display_name})</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}” ({display_name})</source>
        <translation type="vanished">{platform}-{presence} «{handle}» ({display_name})</translation>
    </message>
    <message>
        <source>{platform} {presence} “{handle}”</source>
        <translation type="vanished">{platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Arkiver konto</translation>
    </message>
    <message>
        <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
        <translation>Vil du arkivere {name}?

Kontoen blir værende i registeret med administratorer, overdragelsesvilkår og historikk; den blir ikke lenger gjennomgått eller merket med risikoer.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Regneark (*.csv *.txt *.tsv *.xlsx *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The accounts could not be read again: {reason}</source>
        <translation>Kontoene kunne ikke leses inn igjen: {reason}</translation>
    </message>
    <message>
        <source>Archived and closed accounts are not reviewed.</source>
        <translation>Arkiverte og stengte kontoer gjennomgås ikke.</translation>
    </message>
    <message>
        <source>Marking {count} accounts reviewed…</source>
        <translation>Merker {count} kontoer som gjennomgått…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
        <translation>{done} av {total} kontoer ble merket som gjennomgått; deretter: {reason}</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>The company&apos;s account: you use it for the company, and it stays with the company.</source>
        <translation>Selskapets konto: du bruker den for selskapet, og den blir i selskapet.</translation>
    </message>
    <message>
        <source>Yours to use as an employee of {organisation}; when you leave it is handed over or renamed as agreed below.</source>
        <translation>Din å bruke som ansatt i {organisation}; når du slutter, overleveres eller omdøpes den som avtalt nedenfor.</translation>
    </message>
    <message>
        <source>Your own profile: it stays yours, also when you leave. The company can never take it over.</source>
        <translation>Din egen profil: den forblir din, også når du slutter. Selskapet kan aldri overta den.</translation>
    </message>
    <message>
        <source>Whose account it is has not been recorded yet.</source>
        <translation>Det er ennå ikke registrert hvem kontoen tilhører.</translation>
    </message>
    <message>
        <source>sharing company posts</source>
        <translation>deling av selskapets innlegg</translation>
    </message>
    <message>
        <source>naming the employer</source>
        <translation>å nevne arbeidsgiveren</translation>
    </message>
    <message>
        <source>social selling</source>
        <translation>social selling</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>innehaver</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Ikke avtalt</translation>
    </message>
    <message>
        <source>Within {hours} hours</source>
        <translation>Innen {hours} timer</translation>
    </message>
    <message>
        <source>also outside working hours</source>
        <translation>også utenfor arbeidstid</translation>
    </message>
    <message>
        <source>within working hours</source>
        <translation>innenfor arbeidstid</translation>
    </message>
    <message>
        <source>No handover terms are agreed yet.</source>
        <translation>Det er ennå ikke avtalt overleveringsvilkår.</translation>
    </message>
    <message>
        <source>Version {version} of {day}: {disposition}</source>
        <translation>Versjon {version} av {day}: {disposition}</translation>
    </message>
    <message>
        <source>Version {version}, proposed, not yet agreed: {disposition}</source>
        <translation>Versjon {version}, foreslått, ennå ikke avtalt: {disposition}</translation>
    </message>
    <message>
        <source>successor: {name}</source>
        <translation>etterfølger: {name}</translation>
    </message>
    <message>
        <source>notice: {days} days</source>
        <translation>varsel: {days} dager</translation>
    </message>
    <message>
        <source>No consent recorded: the company asks nothing of this profile. Ambassador work on your own profile is voluntary, and you may withdraw at any time.</source>
        <translation>Intet samtykke registrert: selskapet ber ikke om noe fra denne profilen. Ambassadørarbeid på din egen profil er frivillig, og du kan når som helst trekke det tilbake.</translation>
    </message>
    <message>
        <source>Given; the company may ask: {scope}. You may withdraw it at any time.</source>
        <translation>Gitt; selskapet kan be om: {scope}. Du kan når som helst trekke det tilbake.</translation>
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
        <translation>Overleveringsvilkår</translation>
    </message>
    <message>
        <source>Ambassador consent</source>
        <translation>Ambassadørsamtykke</translation>
    </message>
    <message>
        <source>Mandate: what you may speak about</source>
        <translation>Mandat: hva du kan uttale deg om</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Forventet svartid</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Hyppighet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Working time per week</source>
        <translation>Arbeidstid per uke</translation>
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
        <translation>Avtale om kontoer i sosiale medier: {name}</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>selskapet</translation>
    </message>
    <message>
        <source>Agreement about social media accounts</source>
        <translation>Avtale om kontoer i sosiale medier</translation>
    </message>
    <message>
        <source>Holder: {who}</source>
        <translation>Innehaver: {who}</translation>
    </message>
    <message>
        <source>Position: {role}</source>
        <translation>Stilling: {role}</translation>
    </message>
    <message>
        <source>Prepared on {day}</source>
        <translation>Utarbeidet {day}</translation>
    </message>
    <message>
        <source>Social-media policy: version {version}, in force since {day}</source>
        <translation>Retningslinjer for sosiale medier: versjon {version}, gjeldende fra {day}</translation>
    </message>
    <message>
        <source>This lists each social media account {person} holds or administers for {organisation}, what it means for them and what is agreed about it. A personal profile stays its holder&apos;s own; an employee-role profile is theirs to use as an employee of {organisation} and is handed over or renamed on departure as agreed.</source>
        <translation>Her står hver konto i sosiale medier som {person} har eller administrerer for {organisation}, hva den betyr for dem, og hva som er avtalt om den. En personlig profil forblir innehaverens egen; en profil i ansattrolle er deres å bruke som ansatt i {organisation} og overleveres eller omdøpes ved fratreden som avtalt.</translation>
    </message>
    <message>
        <source>Accounts ({count})</source>
        <translation>Kontoer ({count})</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versjon {version}</translation>
    </message>
    <message>
        <source>By signing, both agree to what is listed above for each account. When its handover terms or its mandate change, this agreement is out of date and a new one is signed.</source>
        <translation>Ved å signere er begge enige i det som står ovenfor for hver konto. Når overleveringsvilkårene eller mandatet endres, er avtalen utdatert, og en ny signeres.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Navn:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="vanished">Signatur:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="vanished">Dato:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="vanished">Signaturer</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehaver</translation>
    </message>
    <message>
        <source>For the company</source>
        <translation>For selskapet</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <source>{account}: handover terms now version {current} (agreed: {covered})</source>
        <translation type="vanished">{account}: overleveringsvilkårene er nå versjon {current} (avtalt: {covered})</translation>
    </message>
    <message>
        <source>{account}: the mandate changed</source>
        <translation type="vanished">{account}: mandatet er endret</translation>
    </message>
    <message>
        <source>{account}: held or administered now, not covered</source>
        <translation type="vanished">{account}: har eller administreres nå, ikke dekket</translation>
    </message>
    <message>
        <source>An agreement covers every account its person holds or administers, with the handover terms&apos; version and the mandate as they stood; when those change it is out of date.</source>
        <translation>En avtale dekker alle kontoer personen har eller administrerer, med overleveringsvilkårenes versjon og mandatet slik de var; når de endres, er den utdatert.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
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
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Record the holder&apos;s agreement</source>
        <translation>Registrer innehaverens avtale</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Legg ved signert skanning…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Åpne skanning</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Utdatert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Gjeldende</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanning</translation>
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
        <translation>Legg ved signert skanning</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Skanninger (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</translation>
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
        <translation>Vis personer som skal anonymiseres</translation>
    </message>
    <message>
        <source>People who left more than {months} months ago, the retention period, are due for anonymisation: {count}.</source>
        <translation>Personer som fratrådte for mer enn {months} måneder siden (lagringstiden), skal anonymiseres: {count}.</translation>
    </message>
</context>
<context>
    <name>AnonymiseConfirmation</name>
    <message>
        <source>Anonymise {name}?</source>
        <translation>Anonymiser {name}?</translation>
    </message>
    <message>
        <source>Anonymise {count} people?</source>
        <translation>Anonymiser {count} personer?</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… og {count} til.</translation>
    </message>
    <message>
        <source>Their accounts, roles, handover terms, offboardings and the audit trail stay, naming them by the pseudonym. This cannot be undone.</source>
        <translation type="vanished">Kontoene, rollene, overleveringsvilkårene, fratredelsene og revisjonssporet blir stående, men nevner dem med pseudonymet. Det kan ikke angres.</translation>
    </message>
    <message>
        <source>Their accounts, roles, handover terms, offboardings, agreements and the audit trail stay, naming them by the pseudonym. This cannot be undone.</source>
        <translation>Kontoene, rollene, overleveringsvilkårene, fratredelsene, avtalene og revisjonssporet blir stående, men nevner dem med pseudonymet. Det kan ikke angres.</translation>
    </message>
    <message>
        <source>&amp;Replace their name and email in these notes by the pseudonym</source>
        <translation>&amp;Erstatt navnet og e-posten deres i disse notatene med pseudonymet</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>the name {name}</source>
        <translation>navnet {name}</translation>
    </message>
    <message>
        <source>the email {email}</source>
        <translation>e-postadressen {email}</translation>
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
        <translation>den personlige kontoen {account}</translation>
    </message>
    <message>
        <source>the signed scan {file} ({document}, {date})</source>
        <translation>den signerte skanningen {file} ({document}, {date})</translation>
    </message>
    <message>
        <source>{pseudonym} replaces: {removed}.</source>
        <translation>{pseudonym} erstatter: {removed}.</translation>
    </message>
    <message>
        <source>Notes that name them ({count}):</source>
        <translation>Notater som nevner dem ({count}):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>{where}, {field}: “{text}”</source>
        <translation>{where}, {field}: «{text}»</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.

The details were also written to {path}.</source>
        <translation>Noe gikk galt som Account Registry ikke hadde forventet. Det du har lagret tidligere, er trygt; den siste handlingen ble kanskje ikke fullført.

Detaljene er også skrevet til {path}.</translation>
    </message>
    <message>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
        <translation>Noe gikk galt som Account Registry ikke hadde forventet. Det du har lagret tidligere, er trygt; den siste handlingen ble kanskje ikke fullført.</translation>
    </message>
    <message>
        <source>The registry could not be opened.</source>
        <translation>Registeret kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
</context>
<context>
    <name>AuditBanner</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Advarsel om revisjonsloggen</translation>
    </message>
    <message>
        <source>The audit trail does not fit together: it was changed outside Account Registry.</source>
        <translation>Revisjonsloggen henger ikke sammen: den er endret utenom Account Registry.</translation>
    </message>
    <message>
        <source>Restore a backup, or ask whoever looks after the registry; “accountregistry audit verify” shows the same.</source>
        <translation>Gjenopprett en sikkerhetskopi, eller spør den som har ansvar for registeret; «accountregistry audit verify» viser det samme.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}, then remove {leaver}</source>
        <translation>Overdra rollen som {role} på {account} fra {leaver} til {successor}, og fjern deretter {leaver}</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} access to {account}</source>
        <translation>Fjern tilgangen som {role} til {account} for {leaver}</translation>
    </message>
    <message>
        <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
        <translation>Bytt passordet til {account} når {leaver} har sluttet, og lagre det nye i nøkkelringen</translation>
    </message>
    <message>
        <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}&apos;s</source>
        <translation>Bytt innloggings- og gjenopprettingsadressen for {account} fra {leaver_email} til en av bedriftens postbokser, og også gjenopprettingstelefonen hvis den tilhører {leaver}</translation>
    </message>
    <message>
        <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
        <translation>Flytt tofaktorenheten for {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <source>Find out whether the two-factor login of {account} depends on {leaver}&apos;s phone or key</source>
        <translation>Finn ut om tofaktorinnloggingen på {account} er avhengig av en telefon eller nøkkel som {leaver} har</translation>
    </message>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}: it was made in the company&apos;s name, so it and its members stay with the company</source>
        <translation>Overdra rollen som {role} på {account} fra {leaver} til {successor}: den ble opprettet i bedriftens navn, så den og medlemmene blir i bedriften</translation>
    </message>
    <message>
        <source>Decide whether {account}, made by {leaver} in the company&apos;s name, becomes an official company account or is closed</source>
        <translation>Bestem om {account}, som {leaver} opprettet i bedriftens navn, skal bli en offisiell bedriftskonto eller stenges</translation>
    </message>
    <message>
        <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
        <translation>Avtal med {leaver} hva som skal skje med {account} (overdras, arkiveres eller stenges); ingen overdragelsesvilkår er registrert</translation>
    </message>
    <message>
        <source>Transfer {account} to {successor} and rename it to {successor}&apos;s name, as agreed</source>
        <translation>Overdra {account} til {successor}, og gi den nytt navn etter {successor}, som avtalt</translation>
    </message>
    <message>
        <source>Turn {account} into a company account, as agreed, and hand {leaver}&apos;s {role} role to {successor}</source>
        <translation>Gjør {account} om til en bedriftskonto som avtalt, og overdra rollen som {role} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <source>Archive {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Arkiver {account} som avtalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <source>Close {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Steng {account} som avtalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}&apos;s {role} role in the registry</source>
        <translation>{leaver} beholder {account} som avtalt: gi den nytt navn så den ikke lenger taler på vegne av bedriften, og fjern rollen som {role} for {leaver} i registeret</translation>
    </message>
    <message>
        <source>Update the bio of {account}: {leaver} no longer works for the company</source>
        <translation>Oppdater profilteksten på {account}: {leaver} jobber ikke lenger i bedriften</translation>
    </message>
    <message>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}</source>
        <translation>Overdra rollen som {role} på {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <source>Update the title and employer on {account} (it stays {leaver}&apos;s own profile)</source>
        <translation>Oppdater tittel og arbeidsgiver på {account} (profilen tilhører fortsatt {leaver} selv)</translation>
    </message>
    <message>
        <source>Step down, from {account}, as administrator of the company&apos;s pages and groups</source>
        <translation>Gå av som administrator for bedriftens sider og grupper fra {account}</translation>
    </message>
    <message>
        <source>Record that {leaver}&apos;s ambassador consent for {account} ends on the last working day</source>
        <translation>Registrer at samtykket fra {leaver} til å være ambassadør med {account} opphører siste arbeidsdag</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
        <translation>Fjern rollen som {role} på {account} for {leaver} fra registeret: bedriften forvalter den ikke lenger, og profilen blir hos innehaveren</translation>
    </message>
    <message>
        <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
        <translation>Slett den lagrede innloggingen til {account} fra nøkkelringen: det er en personlig profil</translation>
    </message>
    <message>
        <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
        <translation>Finn ut hvem {account} tilhører, og registrer typen før {leaver} slutter</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account} once it is settled whose account it is</source>
        <translation>Fjern rollen som {role} på {account} for {leaver} når det er avklart hvem kontoen tilhører</translation>
    </message>
    <message>
        <source>Remove {leaver}&apos;s {role} role on {account}, which is no longer in use</source>
        <translation>Fjern rollen som {role} på {account} for {leaver}; kontoen er ikke lenger i bruk</translation>
    </message>
    <message>
        <source>Confirm that no company account still logs in or recovers its password with {leaver}&apos;s mailbox {leaver_email}</source>
        <translation>Bekreft at ingen av bedriftens kontoer lenger logger inn eller gjenoppretter passordet med postboksen {leaver_email} som tilhører {leaver}</translation>
    </message>
    <message>
        <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
        <translation>Innhent underskrifter fra {leaver} og bedriften på overdragelsesbekreftelsen</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikasjon</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
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
        <translation>overdragelse til etterfølger</translation>
    </message>
    <message>
        <source>transfer to company</source>
        <translation>overdragelse til bedriften</translation>
    </message>
    <message>
        <source>holder keeps</source>
        <translation>innehaveren beholder den</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <source>close</source>
        <translation>stenging</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>ingenting avtalt</translation>
    </message>
    <message>
        <source>(no work email recorded)</source>
        <translation>(ingen jobb-e-post registrert)</translation>
    </message>
    <message>
        <source>the successor</source>
        <translation>etterfølgeren</translation>
    </message>
    <message>
        <source>{name} (leaver)</source>
        <translation>{name} (slutter)</translation>
    </message>
    <message>
        <source>{name} (successor)</source>
        <translation>{name} (etterfølger)</translation>
    </message>
    <message>
        <source>Successor (not chosen yet)</source>
        <translation>Etterfølger (ikke valgt ennå)</translation>
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
        <translation>{presence} «{name}» på en annen plattform</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Annet</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} «{name}»</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Settle who owns which social media accounts before anyone leaves. Without a command, opens the window.</source>
        <translation>Avklar hvem som eier hvilke kontoer i sosiale medier før noen slutter. Uten en kommando åpnes vinduet.</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjelpen og avslutt</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>vis programmets versjonsnummer og avslutt</translation>
    </message>
    <message>
        <source>language of messages: en, da, sv or nb (default: $ACCOUNTREGISTRY_LANGUAGE, else your locale)</source>
        <translation>språk for meldinger: en, da, sv eller nb (standard: $ACCOUNTREGISTRY_LANGUAGE, ellers systemspråket ditt)</translation>
    </message>
    <message>
        <source>database file or URL (default: $ACCOUNTREGISTRY_DB, else a file in your data folder)</source>
        <translation>databasefil eller URL (standard: $ACCOUNTREGISTRY_DB, ellers en fil i datamappen din)</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic sample organisation</source>
        <translation>fyll en tom database med en realistisk eksempelorganisasjon</translation>
    </message>
    <message>
        <source>show or change the organisation&apos;s settings</source>
        <translation>vis eller endre organisasjonens innstillinger</translation>
    </message>
    <message>
        <source>the organisation&apos;s people: list, add, change, export</source>
        <translation>organisasjonens personer: vis, legg til, endre, eksporter</translation>
    </message>
    <message>
        <source>register one account from its address (or --platform and --handle)</source>
        <translation>registrer en konto ut fra adressen (eller --platform og --handle)</translation>
    </message>
    <message>
        <source>show or change one account (for scripts)</source>
        <translation>vis eller endre en konto (for skript)</translation>
    </message>
    <message>
        <source>write the ownership report (one row per account) to a CSV file or an .xlsx or .ods workbook</source>
        <translation>skriv eierskapsrapporten (én rad per konto) til en CSV-fil eller en .xlsx- eller .ods-arbeidsbok</translation>
    </message>
    <message>
        <source>add and update accounts from a CSV file or an .xlsx or .ods workbook (all rows or none)</source>
        <translation>legg til og oppdater kontoer fra en CSV-fil eller en .xlsx- eller .ods-arbeidsbok (alle rader eller ingen)</translation>
    </message>
    <message>
        <source>run a leaver&apos;s offboarding checklist</source>
        <translation>følg sjekklisten for fratredelsen til den som slutter</translation>
    </message>
    <message>
        <source>list every account&apos;s risks (one line per account and risk)</source>
        <translation>vis alle kontoers risikoer (én linje per konto og risiko)</translation>
    </message>
    <message>
        <source>periodic reviews: what is due, and marking accounts reviewed</source>
        <translation>periodiske gjennomganger: hva som forfaller, og å merke kontoer som gjennomgått</translation>
    </message>
    <message>
        <source>company logins kept in the operating system&apos;s keyring</source>
        <translation>virksomhetens innlogginger lagret i operativsystemets nøkkelring</translation>
    </message>
    <message>
        <source>bring the database&apos;s schema up to this version (a backup is taken first)</source>
        <translation>oppdater databasens skjema til denne versjonen (det tas en sikkerhetskopi først)</translation>
    </message>
    <message>
        <source>copy the whole registry (with its audit trail) into an empty database on a shared server</source>
        <translation>kopier hele registeret (med revisjonssporet) til en tom database på en delt server</translation>
    </message>
    <message>
        <source>write a consistent copy of the database to FILE</source>
        <translation>skriv en konsistent kopi av databasen til FILE</translation>
    </message>
    <message>
        <source>who may read, edit or own a registry on a shared server</source>
        <translation>hvem som kan lese, redigere eller eie et register på en delt server</translation>
    </message>
    <message>
        <source>a holder&apos;s consent to ambassador work on their own profile</source>
        <translation>en innehavers samtykke til ambassadørarbeid på egen profil</translation>
    </message>
    <message>
        <source>the social-media policy: versions, texts per area, acknowledgements</source>
        <translation>retningslinjene for sosiale medier: versjoner, tekster per område, bekreftelser</translation>
    </message>
    <message>
        <source>the holder&apos;s agreement and the handover confirmation: write it as a PDF, record, attach signed scans, list</source>
        <translation>innehaverens avtale og overdragelsesbekreftelsen: skriv som PDF, registrer, legg ved signerte skanninger, vis</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain, or export it with its hashes</source>
        <translation>kontroller revisjonssporets hashkjede, eller eksporter det med hashverdiene</translation>
    </message>
    <message>
        <source>print the organisation&apos;s settings</source>
        <translation>skriv ut organisasjonens innstillinger</translation>
    </message>
    <message>
        <source>change one or more settings (the others stay as they are)</source>
        <translation>endre én eller flere innstillinger (de andre forblir som de er)</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>organisasjonens navn</translation>
    </message>
    <message>
        <source>the company&apos;s email domains, comma-separated (an address or web address is reduced to its domain); an empty value clears them</source>
        <translation>virksomhetens e-postdomener, kommaseparert (en adresse eller nettadresse reduseres til domenet); en tom verdi fjerner dem</translation>
    </message>
    <message>
        <source>default months between reviews of an account (1 to 60)</source>
        <translation>standard antall måneder mellom gjennomganger av en konto (1 til 60)</translation>
    </message>
    <message>
        <source>whose public holidays due dates skip: DK, SE, NO or none</source>
        <translation>hvilket lands helligdager forfallsdatoer hopper over: DK, SE, NO eller none</translation>
    </message>
    <message>
        <source>the company&apos;s closing days, comma-separated: 24.12 every year, 2027-05-07 once; replaces the list (an empty value clears it)</source>
        <translation>virksomhetens stengte dager, kommaseparert: 24.12 hvert år, 2027-05-07 én gang; erstatter listen (en tom verdi tømmer den)</translation>
    </message>
    <message>
        <source>months that what is kept about people who left is kept (1 to 120)</source>
        <translation>antall måneder opplysninger om personer som har sluttet, oppbevares (1 til 120)</translation>
    </message>
    <message>
        <source>list everyone (or only those leaving)</source>
        <translation>vis alle (eller bare de som slutter)</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>legg til en person</translation>
    </message>
    <message>
        <source>change a person: FIELD=VALUE ... (an empty VALUE clears it)</source>
        <translation>endre en person: FIELD=VALUE ... (en tom VALUE tømmer feltet)</translation>
    </message>
    <message>
        <source>write everyone to a file that people import reads</source>
        <translation>skriv alle til en fil som people import kan lese</translation>
    </message>
    <message>
        <source>add and update people from an HR file (any error: nothing is written)</source>
        <translation>legg til og oppdater personer fra en HR-fil (ved feil skrives ingenting)</translation>
    </message>
    <message>
        <source>replace people who left by a pseudonym (cannot be undone)</source>
        <translation>erstatt personer som har sluttet, med et pseudonym (kan ikke angres)</translation>
    </message>
    <message>
        <source>everything held about one person (an access request), as JSON, or as a readable PDF when FILE ends in .pdf</source>
        <translation>alt som er registrert om én person (en innsynsbegjæring), som JSON, eller som en lesbar PDF når FILE slutter på .pdf</translation>
    </message>
    <message>
        <source>only people recorded as leaving</source>
        <translation>bare personer registrert som sluttende</translation>
    </message>
    <message>
        <source>work email (the key)</source>
        <translation>jobb-e-post (nøkkelen)</translation>
    </message>
    <message>
        <source>one of employed, leaving, left, external (default employed)</source>
        <translation>en av employed, leaving, left, external (standard employed)</translation>
    </message>
    <message>
        <source>last working day, e.g. 2026-12-31 or 31.12.2026</source>
        <translation>siste arbeidsdag, f.eks. 2026-12-31 eller 31.12.2026</translation>
    </message>
    <message>
        <source>the manager&apos;s work email</source>
        <translation>lederens jobb-e-post</translation>
    </message>
    <message>
        <source>the person&apos;s work email</source>
        <translation>personens jobb-e-post</translation>
    </message>
    <message>
        <source>fields: department, email, employment_status, last_day, last_working_day, login, manager, manager_email, name, status, title, work_email</source>
        <translation>felter: department, email, employment_status, last_day, last_working_day, login, manager, manager_email, name, status, title, work_email</translation>
    </message>
    <message>
        <source>refuse the change if the person was changed since version N (see people list)</source>
        <translation>avvis endringen hvis personen er endret siden versjon N (se people list)</translation>
    </message>
    <message>
        <source>the file to write; its name&apos;s suffix chooses the format (.csv, .xlsx, .ods)</source>
        <translation>filen som skal skrives; filnavnets endelse velger formatet (.csv, .xlsx, .ods)</translation>
    </message>
    <message>
        <source>the format, whatever the file&apos;s name says</source>
        <translation>formatet, uansett hva filnavnet sier</translation>
    </message>
    <message>
        <source>&apos;;&apos; (default in most of Europe), &apos;,&apos; or tab</source>
        <translation>&apos;;&apos; (standard i det meste av Europa), &apos;,&apos; eller tabulator</translation>
    </message>
    <message>
        <source>a CSV file, or an .xlsx or .ods workbook</source>
        <translation>en CSV-fil eller en .xlsx- eller .ods-arbeidsbok</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet to read (default: the first)</source>
        <translation>arket i arbeidsboken som skal leses (standard: det første)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>vis hva som ville blitt endret; skriv ingenting</translation>
    </message>
    <message>
        <source>import the rows without errors, skip the others</source>
        <translation>importer radene uten feil, hopp over de andre</translation>
    </message>
    <message>
        <source>work email or person id</source>
        <translation>jobb-e-post eller person-id</translation>
    </message>
    <message>
        <source>everyone past the organisation&apos;s retention period</source>
        <translation>alle som har passert organisasjonens oppbevaringsperiode</translation>
    </message>
    <message>
        <source>show what would be removed, and the notes that name them; change nothing</source>
        <translation>vis hva som ville blitt fjernet, og notatene som nevner dem; endre ingenting</translation>
    </message>
    <message>
        <source>leave notes and reasons that name them as they are (default: their name there becomes the pseudonym)</source>
        <translation>la notater og begrunnelser som nevner dem, stå som de er (standard: navnet deres der blir pseudonymet)</translation>
    </message>
    <message>
        <source>FILE.json or FILE.pdf</source>
        <translation>FILE.json eller FILE.pdf</translation>
    </message>
    <message>
        <source>write over FILE if it exists</source>
        <translation>skriv over FILE hvis den finnes</translation>
    </message>
    <message>
        <source>the account&apos;s web address, as pasted</source>
        <translation>kontoens nettadresse, slik den ble limt inn</translation>
    </message>
    <message>
        <source>the platform, when typing a handle instead of an address</source>
        <translation>plattformen, når du skriver et brukernavn i stedet for en adresse</translation>
    </message>
    <message>
        <source>the account&apos;s handle on --platform</source>
        <translation>kontoens brukernavn på --platform</translation>
    </message>
    <message>
        <source>profile, page, group or channel (default: what the address shows)</source>
        <translation>profile, page, group eller channel (standard: det adressen viser)</translation>
    </message>
    <message>
        <source>the account&apos;s name as the platform shows it</source>
        <translation>kontoens navn slik plattformen viser det</translation>
    </message>
    <message>
        <source>whose account it is</source>
        <translation>hvem kontoen tilhører</translation>
    </message>
    <message>
        <source>print an account&apos;s fields and its version</source>
        <translation>skriv ut en kontos felter og versjonen</translation>
    </message>
    <message>
        <source>change fields of an account: FIELD=VALUE ...</source>
        <translation>endre felter på en konto: FIELD=VALUE ...</translation>
    </message>
    <message>
        <source>the account&apos;s id or any address of it</source>
        <translation>kontoens id eller en av adressene</translation>
    </message>
    <message>
        <source>a field `account show --format json` prints, except the address (platform, presence, handle, url), id and version; holder and escalation by work email; yes/no for official, outside_working_hours, ambassador; an empty VALUE clears the field</source>
        <translation>et felt som `account show --format json` skriver ut, unntatt adressen (platform, presence, handle, url), id og version; holder og escalation med jobb-e-post; yes/no for official, outside_working_hours, ambassador; en tom VALUE tømmer feltet</translation>
    </message>
    <message>
        <source>refuse if the account&apos;s version is no longer N (someone changed it)</source>
        <translation>avvis hvis kontoens versjon ikke lenger er N (noen har endret den)</translation>
    </message>
    <message>
        <source>data (default): the documented header and stored values, for programs and import; people: headers, values and risks in your language</source>
        <translation>data (standard): den dokumenterte overskriften og de lagrede verdiene, for programmer og import; people: overskrifter, verdier og risikoer på ditt språk</translation>
    </message>
    <message>
        <source>cell separator (default: your locale&apos;s list separator)</source>
        <translation>celleskilletegn (standard: systemets listeskilletegn)</translation>
    </message>
    <message>
        <source>only accounts of this kind (company, employee_role, personal, unknown)</source>
        <translation>bare kontoer av denne typen (company, employee_role, personal, unknown)</translation>
    </message>
    <message>
        <source>only accounts on this platform (e.g. linkedin)</source>
        <translation>bare kontoer på denne plattformen (f.eks. linkedin)</translation>
    </message>
    <message>
        <source>only accounts with this status (e.g. active)</source>
        <translation>bare kontoer med denne statusen (f.eks. active)</translation>
    </message>
    <message>
        <source>check the file and show what would change; write nothing</source>
        <translation>kontroller filen og vis hva som ville blitt endret; skriv ingenting</translation>
    </message>
    <message>
        <source>import the valid rows even if others have errors</source>
        <translation>importer de gyldige radene selv om andre har feil</translation>
    </message>
    <message>
        <source>also import the rows that would grant again a role an offboarding took away, or one revoked after the file was exported (left out otherwise)</source>
        <translation>importer også radene som ville gitt tilbake en rolle som en fratredelse fjernet, eller som ble fjernet etter at filen ble eksportert (ellers utelatt)</translation>
    </message>
    <message>
        <source>start an offboarding and print its checklist</source>
        <translation>start en fratredelse og skriv ut sjekklisten</translation>
    </message>
    <message>
        <source>write the handover confirmation both sign, as a PDF</source>
        <translation>skriv overdragelsesbekreftelsen som begge signerer, som PDF</translation>
    </message>
    <message>
        <source>print a leaver&apos;s checklist: items, status, due dates, blockers</source>
        <translation>skriv ut sjekklisten for den som slutter: punkter, status, forfallsdatoer, hindringer</translation>
    </message>
    <message>
        <source>complete an item (a handover item moves the roles)</source>
        <translation>fullfør et punkt (et overdragelsespunkt flytter rollene)</translation>
    </message>
    <message>
        <source>settle an item without doing it, with a reason</source>
        <translation>avklar et punkt uten å utføre det, med en begrunnelse</translation>
    </message>
    <message>
        <source>close a settled offboarding (refused, listing what remains, while anything is open)</source>
        <translation>lukk en avklart fratredelse (avvises med en liste over det som gjenstår, så lenge noe er åpent)</translation>
    </message>
    <message>
        <source>cancel an open offboarding (it is kept, marked cancelled)</source>
        <translation>avbryt en åpen fratredelse (den beholdes, merket som avbrutt)</translation>
    </message>
    <message>
        <source>reopen a closed or cancelled offboarding</source>
        <translation>gjenåpne en lukket eller avbrutt fratredelse</translation>
    </message>
    <message>
        <source>write a leaver&apos;s checklist to a CSV file</source>
        <translation>skriv sjekklisten for den som slutter, til en CSV-fil</translation>
    </message>
    <message>
        <source>list the open items of every offboarding, overdue first (for cron jobs and e-mails)</source>
        <translation>vis de åpne punktene i alle fratredelser, de forfalte først (for cron-jobber og e-post)</translation>
    </message>
    <message>
        <source>write a leaver&apos;s open items as an iCalendar file (one all-day event per item)</source>
        <translation>skriv de åpne punktene for den som slutter, som en iCalendar-fil (én heldagshendelse per punkt)</translation>
    </message>
    <message>
        <source>the leaver&apos;s work email</source>
        <translation>jobb-e-posten til den som slutter</translation>
    </message>
    <message>
        <source>work email of who takes over the leaver&apos;s roles</source>
        <translation>jobb-e-post for den som overtar rollene til den som slutter</translation>
    </message>
    <message>
        <source>print the checklist without starting the case</source>
        <translation>skriv ut sjekklisten uten å starte saken</translation>
    </message>
    <message>
        <source>the person stays (another department or role): settle their accounts by --last-day without recording them as leaving</source>
        <translation>personen blir (en annen avdeling eller rolle): avklar kontoene deres innen --last-day uten å registrere dem som sluttende</translation>
    </message>
    <message>
        <source>only items due within this many days (overdue items are always listed)</source>
        <translation>bare punkter som forfaller innen så mange dager (forfalte punkter vises alltid)</translation>
    </message>
    <message>
        <source>only items of this function (HR, in any language) or person (name or work email)</source>
        <translation>bare punkter for denne funksjonen (HR, på hvilket som helst språk) eller personen (navn eller jobb-e-post)</translation>
    </message>
    <message>
        <source>only items of this function (HR) or person (name or work email)</source>
        <translation type="vanished">bare punkter for denne funksjonen (HR) eller personen (navn eller jobb-e-post)</translation>
    </message>
    <message>
        <source>exit with status 3 when any listed item is overdue</source>
        <translation>avslutt med status 3 når et av de viste punktene er forfalt</translation>
    </message>
    <message>
        <source>a table for people (default) or CSV for other programs</source>
        <translation>en tabell for mennesker (standard) eller CSV for andre programmer</translation>
    </message>
    <message>
        <source>exit with status 3 if any risk is this severe or worse (low, medium, high)</source>
        <translation>avslutt med status 3 hvis en risiko er så alvorlig eller verre (low, medium, high)</translation>
    </message>
    <message>
        <source>list the accounts due for review, grouped</source>
        <translation>vis kontoene som skal gjennomgås, gruppert</translation>
    </message>
    <message>
        <source>record that an account&apos;s record was confirmed today</source>
        <translation>registrer at en kontos opplysninger ble bekreftet i dag</translation>
    </message>
    <message>
        <source>group by the account&apos;s holder (default) or its responsible unit</source>
        <translation>grupper etter kontoens innehaver (standard) eller den ansvarlige avdelingen</translation>
    </message>
    <message>
        <source>write the round as a CSV checklist to FILE instead of listing it</source>
        <translation>skriv runden som en CSV-sjekkliste til FILE i stedet for å vise den</translation>
    </message>
    <message>
        <source>the account&apos;s id or address</source>
        <translation>kontoens id eller adresse</translation>
    </message>
    <message>
        <source>what was checked, kept in the audit trail</source>
        <translation>hva som ble kontrollert, lagret i revisjonssporet</translation>
    </message>
    <message>
        <source>store or replace a login, read from standard input (typed without echo at a terminal)</source>
        <translation>lagre eller erstatt en innlogging, lest fra standard inn (skrives uten ekko i en terminal)</translation>
    </message>
    <message>
        <source>which accounts have stored logins and when they were rotated (never the secrets)</source>
        <translation>hvilke kontoer som har lagrede innlogginger, og når de ble byttet (aldri hemmelighetene)</translation>
    </message>
    <message>
        <source>record that an account&apos;s login was changed at the platform</source>
        <translation>registrer at en kontos innlogging ble endret på plattformen</translation>
    </message>
    <message>
        <source>which part of the login: password, recovery_codes, two_factor_notes</source>
        <translation>hvilken del av innloggingen: password, recovery_codes, two_factor_notes</translation>
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
        <translation>opprett rollene registry_reader, registry_editor og registry_owner, og gi eierrollen tabellene (kjøres én gang)</translation>
    </message>
    <message>
        <source>give a database login a role</source>
        <translation>gi en databaseinnlogging en rolle</translation>
    </message>
    <message>
        <source>take a role from a database login</source>
        <translation>ta en rolle fra en databaseinnlogging</translation>
    </message>
    <message>
        <source>the person&apos;s database login</source>
        <translation>personens databaseinnlogging</translation>
    </message>
    <message>
        <source>reader, editor or owner</source>
        <translation>reader, editor eller owner</translation>
    </message>
    <message>
        <source>record the holder&apos;s consent for a personal profile</source>
        <translation>registrer innehaverens samtykke for en personlig profil</translation>
    </message>
    <message>
        <source>record that the holder withdrew their consent (never refused)</source>
        <translation>registrer at innehaveren trakk tilbake samtykket sitt (avvises aldri)</translation>
    </message>
    <message>
        <source>the consent register: who, which profile, given, withdrawn</source>
        <translation>samtykkeregisteret: hvem, hvilken profil, gitt, trukket tilbake</translation>
    </message>
    <message>
        <source>the profile&apos;s id or address</source>
        <translation>profilens id eller adresse</translation>
    </message>
    <message>
        <source>what the company may ask, comma-separated or repeated: share_company_posts, name_employer, social_selling</source>
        <translation>hva virksomheten kan be om, kommaseparert eller gjentatt: share_company_posts, name_employer, social_selling</translation>
    </message>
    <message>
        <source>work email of who asked for the consent</source>
        <translation>jobb-e-post for den som ba om samtykket</translation>
    </message>
    <message>
        <source>when the consent was given (default: today)</source>
        <translation>når samtykket ble gitt (standard: i dag)</translation>
    </message>
    <message>
        <source>from when (default: today)</source>
        <translation>fra når (standard: i dag)</translation>
    </message>
    <message>
        <source>the holder&apos;s reason, or how they said it</source>
        <translation>innehaverens begrunnelse, eller hvordan de sa det</translation>
    </message>
    <message>
        <source>also take the profile off the ambassador list</source>
        <translation>fjern også profilen fra ambassadørlisten</translation>
    </message>
    <message>
        <source>only this holder&apos;s records</source>
        <translation>bare denne innehaverens registreringer</translation>
    </message>
    <message>
        <source>record a new version of the policy</source>
        <translation>registrer en ny versjon av retningslinjene</translation>
    </message>
    <message>
        <source>every version, newest first, with how many acknowledged it</source>
        <translation>alle versjoner, nyeste først, med hvor mange som har bekreftet dem</translation>
    </message>
    <message>
        <source>a version&apos;s texts and who acknowledged it</source>
        <translation>en versjons tekster og hvem som har bekreftet den</translation>
    </message>
    <message>
        <source>write a version of the policy as a PDF (headings in the current language)</source>
        <translation>skriv en versjon av retningslinjene som PDF (overskrifter på gjeldende språk)</translation>
    </message>
    <message>
        <source>record that a person acknowledged a version</source>
        <translation>registrer at en person har bekreftet en versjon</translation>
    </message>
    <message>
        <source>record acknowledgements from a list: work email and date per line</source>
        <translation>registrer bekreftelser fra en liste: jobb-e-post og dato per linje</translation>
    </message>
    <message>
        <source>the day it takes effect</source>
        <translation>dagen den trer i kraft</translation>
    </message>
    <message>
        <source>who approved it</source>
        <translation>hvem som godkjente den</translation>
    </message>
    <message>
        <source>the text for an area, repeated; areas: working_hours, colleagues_and_managers, privacy_settings, confidential_information, transparency, consideration, language, working_time, response_expectations</source>
        <translation>teksten for et område, gjentatt; områder: working_hours, colleagues_and_managers, privacy_settings, confidential_information, transparency, consideration, language, working_time, response_expectations</translation>
    </message>
    <message>
        <source>an area of the company&apos;s own, with its heading, repeated</source>
        <translation>et område virksomheten selv har lagt til, med overskrift, gjentatt</translation>
    </message>
    <message>
        <source>default: the version in force</source>
        <translation>standard: den gjeldende versjonen</translation>
    </message>
    <message>
        <source>when (default: today)</source>
        <translation>når (standard: i dag)</translation>
    </message>
    <message>
        <source>whose agreement to write (with -o)</source>
        <translation>hvem sin avtale som skal skrives (med -o)</translation>
    </message>
    <message>
        <source>write the holder&apos;s agreement as a PDF</source>
        <translation>skriv innehaverens avtale som PDF</translation>
    </message>
    <message>
        <source>record that a person agreed (covering their accounts as they are)</source>
        <translation>registrer at en person har inngått avtalen (for kontoene deres slik de er nå)</translation>
    </message>
    <message>
        <source>keep a signed scan (PDF, PNG or JPEG, at most 20 MB) with an agreement</source>
        <translation>lagre en signert skanning (PDF, PNG eller JPEG, høyst 20 MB) med en avtale</translation>
    </message>
    <message>
        <source>a person&apos;s agreements, newest first, and whether each is up to date</source>
        <translation>en persons avtaler, nyeste først, og om hver av dem er oppdatert</translation>
    </message>
    <message>
        <source>write a kept scan to a file</source>
        <translation>skriv en lagret skanning til en fil</translation>
    </message>
    <message>
        <source>when they agreed (default: today)</source>
        <translation>når de inngikk avtalen (standard: i dag)</translation>
    </message>
    <message>
        <source>the handover confirmation of the person&apos;s offboarding, not the holder&apos;s agreement</source>
        <translation>overdragelsesbekreftelsen for personens fratredelse, ikke innehaverens avtale</translation>
    </message>
    <message>
        <source>a signed scan kept with it (PDF, PNG or JPEG, at most 20 MB); a refused scan records nothing</source>
        <translation>en signert skanning som lagres med den (PDF, PNG eller JPEG, høyst 20 MB); avvises skanningen, registreres ingenting</translation>
    </message>
    <message>
        <source>check every event&apos;s hash and link and the database&apos;s protection; name the first event that does not fit</source>
        <translation>kontroller hver hendelses hash og lenke og databasens beskyttelse; nevn den første hendelsen som ikke passer</translation>
    </message>
    <message>
        <source>write the whole trail with its hashes as JSON Lines</source>
        <translation>skriv hele sporet med hashverdier som JSON Lines</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>bruk: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>posisjonsargumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukjente argumenter: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tillatt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerte eksplisitt argument %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>følgende argumenter må oppgis: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumentene %s må oppgis</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventet ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>forventet høyst ett argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>forventet minst ett argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>forventet %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>forventet %s argumenter</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig valg: %(option)s kan bety %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-verdi: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldig valg: %(value)r (velg blant %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan ikke åpne &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: %(message)s (see “%(prog)s --help”)</source>
        <translation>%(prog)s: %(message)s (se «%(prog)s --help»)</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>&amp;Listed for ambassador work</source>
        <translation>&amp;Oppført som ambassadør</translation>
    </message>
    <message>
        <source>Listed for ambassador work</source>
        <translation>Oppført som ambassadør</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>Record consen&amp;t</source>
        <translation>Registrer &amp;samtykke</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Gitt den</translation>
    </message>
    <message>
        <source>The company may ask</source>
        <translation>Selskapet kan be om</translation>
    </message>
    <message>
        <source>As&amp;ked by</source>
        <translation>S&amp;purt av</translation>
    </message>
    <message>
        <source>Record a withdrawal</source>
        <translation>Registrer en tilbaketrekking</translation>
    </message>
    <message>
        <source>How the holder said it, if they gave a reason</source>
        <translation>Hvordan innehaveren sa det, om det ble gitt en grunn</translation>
    </message>
    <message>
        <source>Also take the profile off the ambassador list</source>
        <translation>Fjern også profilen fra ambassadørlisten</translation>
    </message>
    <message>
        <source>Record withdr&amp;awal</source>
        <translation>Registrer &amp;tilbaketrekking</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrer tilbaketrekking</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on</source>
        <translation>Trukket tilbake d&amp;en</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Merknad</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gitt den</translation>
    </message>
    <message>
        <source>May be asked</source>
        <translation>Kan spørres om</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurt av</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbake den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtykkeregistreringer</translation>
    </message>
    <message>
        <source>Only a personal profile is listed for ambassador work with its holder&apos;s consent. This account is the company&apos;s to use: it needs nobody&apos;s consent.</source>
        <translation>Bare en personlig profil oppføres som ambassadør, med innehaverens samtykke. Denne kontoen er selskapets å bruke: den krever ingens samtykke.</translation>
    </message>
    <message>
        <source>Consent given and withdrawn, newest first</source>
        <translation>Samtykker gitt og trukket tilbake, nyeste først</translation>
    </message>
    <message>
        <source>Consent in force since {day}: {scope}.</source>
        <translation>Samtykke gjeldende siden {day}: {scope}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {day}.</source>
        <translation>Samtykke trukket tilbake den {day}.</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Det er ikke registrert noe samtykke.</translation>
    </message>
    <message>
        <source>The profile is still listed for ambassador work: take it off the list, or record the holder&apos;s consent.</source>
        <translation>Profilen er fortsatt oppført som ambassadør: fjern den fra listen, eller registrer innehaverens samtykke.</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Filter by holder, profile, who asked or note</source>
        <translation>Filtrer etter innehaver, profil, hvem som spurte, eller merknad</translation>
    </message>
    <message>
        <source>Filter consent records</source>
        <translation>Filtrer samtykkeregistreringer</translation>
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
        <translation>Gjeldende i dag</translation>
    </message>
    <message>
        <source>Withdrawn or refused</source>
        <translation>Trukket tilbake eller avslått</translation>
    </message>
    <message>
        <source>&amp;Export shown…</source>
        <translation>&amp;Eksporter viste…</translation>
    </message>
    <message>
        <source>Export the shown consent records</source>
        <translation>Eksporter de viste samtykkeregistreringene</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehaver</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gitt den</translation>
    </message>
    <message>
        <source>May be asked</source>
        <translation>Kan spørres om</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurt av</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbake den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtykkeregistreringer</translation>
    </message>
    <message>
        <source>Sharing company content on one&apos;s own profile is voluntary: a holder may withdraw consent at any time, and a withdrawal is always recorded.</source>
        <translation>Å dele selskapets innhold på sin egen profil er frivillig: innehaveren kan når som helst trekke tilbake samtykket, og en tilbaketrekking registreres alltid.</translation>
    </message>
    <message>
        <source>{shown} of {total} records; {in_force} in force today.</source>
        <translation>{shown} av {total} registreringer; {in_force} gjeldende i dag.</translation>
    </message>
    <message>
        <source>Export consent records</source>
        <translation>Eksporter samtykkeregistreringer</translation>
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
        <translation>Kopier til en delt server</translation>
    </message>
    <message>
        <source>Copies everything in {where} (people, accounts, offboarding, settings and the whole history) into an empty database on a shared server, in one go: if anything fails, nothing is copied. The file stays as it is. The login must own the server database.</source>
        <translation>Kopierer alt i {where} (personer, kontoer, offboarding, innstillinger og hele historikken) til en tom database på en delt server, i én operasjon: hvis noe feiler, kopieres ingenting. Filen forblir som den er. Påloggingen må eie databasen på serveren.</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Kopieringens fremdrift</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
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
        <translation type="vanished">Lukk</translation>
    </message>
    <message>
        <source>Copied {done} of {total} rows…</source>
        <translation>Kopiert {done} av {total} rader…</translation>
    </message>
    <message>
        <source>Copied {rows} rows ({people} people, {accounts} accounts, {events} events in the history) to {where}.</source>
        <translation>Kopierte {rows} rader ({people} personer, {accounts} kontoer, {events} hendelser i historikken) til {where}.</translation>
    </message>
    <message>
        <source>Use the shared server from now on?</source>
        <translation>Bruke den delte serveren fra nå av?</translation>
    </message>
    <message>
        <source>Account Registry opens the server at its next start, as if you had chosen it on File → Database…. The file stays where it is.</source>
        <translation>Account Registry åpner serveren ved neste oppstart, som om du hadde valgt den under Fil → Database…. Filen blir der den er.</translation>
    </message>
    <message>
        <source>Not copied. {reason}</source>
        <translation>Ikke kopiert. {reason}</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the server.</source>
        <translation>Kopieringen ble avbrutt; ingenting ble kopiert til serveren.</translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <source>No stored logins</source>
        <translation>Ingen lagrede innlogginger</translation>
    </message>
    <message>
        <source>Logins kept in the keyring</source>
        <translation>Innlogginger i nøkkelringen</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Bytte av innlogging</translation>
    </message>
    <message>
        <source>&amp;Mark rotated</source>
        <translation>&amp;Merk som byttet</translation>
    </message>
    <message>
        <source>Mark rotated</source>
        <translation>Merk som byttet</translation>
    </message>
    <message>
        <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
        <translation>Når innloggingen er endret på plattformen, lagrer du den nye med Erstatt…, eller merker den som byttet hvis den nye oppbevares et annet sted. Uansett noterer registeret hvem som gjorde det og når.</translation>
    </message>
    <message>
        <source>Waiting for the keyring</source>
        <translation>Venter på nøkkelringen</translation>
    </message>
    <message>
        <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
        <translation>Venter på nøkkelringen… Hvis den ber om å bli låst opp, svar på det.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Slutt å vente</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Slutt å vente</translation>
    </message>
    <message>
        <source>Stop waiting for this answer; the keyring may still finish it.</source>
        <translation>Slutt å vente på dette svaret; nøkkelringen kan fortsatt fullføre det.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Keyring problem</source>
        <translation>Problem med nøkkelringen</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Sjekk i&amp;gjen</translation>
    </message>
    <message>
        <source>Check the keyring again</source>
        <translation>Sjekk nøkkelringen igjen</translation>
    </message>
    <message>
        <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
        <translation>Dette er en personlig konto: innloggingen tilhører innehaveren, og registeret lagrer den ikke. Det er derfor ingenting å gjøre her.</translation>
    </message>
    <message>
        <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
        <translation>Angi under Oversikt om dette er en bedrifts-, ansattrolle- eller personlig konto; innlogginger lagres bare for bedrifts- og ansattrollekontoer.</translation>
    </message>
    <message>
        <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
        <translation>{reason} Resten av registeret virker som vanlig; innlogginger lagres aldri et annet sted i stedet.</translation>
    </message>
    <message>
        <source>Logins of this account are kept in the operating system&apos;s keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontoens innlogginger oppbevares i operativsystemets nøkkelring ({backend}). Registeret noterer bare at en er lagret, og når og av hvem den sist ble endret.</translation>
    </message>
    <message>
        <source>Logins of this account are kept in the operating system&apos;s keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontoens innlogginger oppbevares i operativsystemets nøkkelring. Registeret noterer bare at en er lagret, og når og av hvem den sist ble endret.</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Sjekker nøkkelringen…</translation>
    </message>
    <message>
        <source>Wait for the keyring to answer.</source>
        <translation>Vent til nøkkelringen svarer.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Erstatt…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>Angi…</translation>
    </message>
    <message>
        <source>Replace {field}</source>
        <translation>Erstatt {field}</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Angi {field}</translation>
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
        <translation>Passord</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Gjenopprettingskoder</translation>
    </message>
    <message>
        <source>Two-factor notes</source>
        <translation>Notater om tofaktor</translation>
    </message>
    <message>
        <source>Reveal {field}</source>
        <translation>Vis {field}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Kopier {field}</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>{field}, revealed</source>
        <translation>{field}, vist</translation>
    </message>
    <message>
        <source>Type the {field} to store it in the keyring.</source>
        <translation>Skriv inn {field} og lagre i nøkkelringen.</translation>
    </message>
    <message>
        <source>Show the {field} for {seconds} seconds.</source>
        <translation>Vis {field} i {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
        <translation>Kopier {field}; utklippstavlen tømmes igjen etter {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Remove the {field} from the keyring.</source>
        <translation>Fjern {field} fra nøkkelringen.</translation>
    </message>
    <message>
        <source>Hide the {field} now.</source>
        <translation>Skjul {field} nå.</translation>
    </message>
    <message>
        <source>No {field} is stored yet.</source>
        <translation>Ikke lagret ennå: {field}.</translation>
    </message>
    <message>
        <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
        <translation>Sist lagret, erstattet eller merket som byttet {when} av {who}.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <source>No login is stored for this account.</source>
        <translation>Ingen innlogging er lagret for denne kontoen.</translation>
    </message>
    <message>
        <source>Record that the login was changed at the platform, by you, now.</source>
        <translation>Registrer at du har endret innloggingen på plattformen nå.</translation>
    </message>
    <message>
        <source>Store a login first; then its rotation can be recorded.</source>
        <translation>Lagre en innlogging først; deretter kan byttet registreres.</translation>
    </message>
    <message>
        <source>The keyring is locked</source>
        <translation>Nøkkelringen er låst</translation>
    </message>
    <message>
        <source>The keyring does not answer</source>
        <translation>Nøkkelringen svarer ikke</translation>
    </message>
    <message>
        <source>No keyring to store logins in</source>
        <translation>Ingen nøkkelring å lagre innlogginger i</translation>
    </message>
    <message>
        <source>The keyring failed</source>
        <translation>Nøkkelringen feilet</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Stored in {who}&apos;s keyring (set {when})</source>
        <translation>Lagret i nøkkelringen hos {who} (satt {when})</translation>
    </message>
    <message>
        <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
        <translation>Registrert som lagret, men nøkkelringen har det ikke: angi det på nytt med Erstatt…, eller slett registreringen.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Stored; set on {when} by {who}</source>
        <translation>Lagret; angitt {when} av {who}</translation>
    </message>
    <message>
        <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
        <translation>Sluttet å vente på nøkkelringen. Hvis den svarer senere, blir listen ovenfor oppdatert.</translation>
    </message>
    <message>
        <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
        <translation>Nøkkelringen mangler {field} for denne kontoen, selv om registeret angir at det er lagret. Angi det på nytt med Erstatt…, eller slett registreringen.</translation>
    </message>
    <message>
        <source>Hidden again after {seconds} s.</source>
        <translation>Skjules igjen etter {seconds} s.</translation>
    </message>
    <message>
        <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
        <translation>Kopierte {field}. Utklippstavlen tømmes igjen etter {seconds} s hvis den fortsatt inneholder det.</translation>
    </message>
    <message>
        <source>Stored the {field} in the keyring.</source>
        <translation>Lagret {field} i nøkkelringen.</translation>
    </message>
    <message>
        <source>Deleted the {field} from the keyring.</source>
        <translation>Slettet {field} fra nøkkelringen.</translation>
    </message>
    <message>
        <source>Delete {field}</source>
        <translation>Slett {field}</translation>
    </message>
    <message>
        <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
        <translation>Vil du slette {field} fra nøkkelringen? Det kan ikke gjenopprettes; registeret lagrer bare at det ble slettet.</translation>
    </message>
    <message>
        <source>Recorded that the login was rotated.</source>
        <translation>Registrerte at innloggingen er byttet.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The company&apos;s own pages, groups and channels.</source>
        <translation>Bedriftens egne sider, grupper og kanaler.</translation>
    </message>
    <message>
        <source>Accounts in which an employee is visibly present for the company.</source>
        <translation>Kontoer der en ansatt er synlig til stede for bedriften.</translation>
    </message>
    <message>
        <source>People&apos;s own profiles; the company can never take them over.</source>
        <translation>Personers egne profiler; bedriften kan aldri overta dem.</translation>
    </message>
    <message>
        <source>Nobody has recorded whose account it is yet.</source>
        <translation>Ingen har ennå registrert hvem kontoen tilhører.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Accounts looked after, by kind</source>
        <translation>Forvaltede kontoer etter type</translation>
    </message>
    <message>
        <source>{kind} accounts</source>
        <translation>Kontoer av typen {kind}</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Vis alle kontoer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>people are registered: employees, leavers and external helpers who hold or administer accounts.</source>
        <translation>personer er registrert: ansatte, folk som slutter, og eksterne hjelpere som er innehavere av eller administrerer kontoer.</translation>
    </message>
    <message>
        <source>Social-media policy</source>
        <translation>Retningslinjer for sosiale medier</translation>
    </message>
    <message>
        <source>Acknowledged the policy</source>
        <translation>Har bekreftet retningslinjene</translation>
    </message>
    <message>
        <source>Polic&amp;y…</source>
        <translation>Retnings&amp;linjer…</translation>
    </message>
    <message>
        <source>Record a version of the policy and who acknowledged it</source>
        <translation>Registrer en versjon av retningslinjene og hvem som har bekreftet den</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>Kontoer i risiko</translation>
    </message>
    <message>
        <source>Show accounts at risk</source>
        <translation>Vis kontoer i risiko</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Counting the registry…</source>
        <translation>Teller opp registeret…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="vanished">Laster inn…</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Din organisasjon</translation>
    </message>
    <message>
        <source>{looked_after} of {accounts} registered accounts are looked after; {retired} archived or closed are not counted.</source>
        <translation>{looked_after} av {accounts} registrerte kontoer forvaltes; {retired} arkiverte eller stengte telles ikke.</translation>
    </message>
    <message>
        <source>{looked_after} of {accounts} registered accounts are looked after.</source>
        <translation>{looked_after} av {accounts} registrerte kontoer forvaltes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
        <translation>&lt;b&gt;{at_risk}&lt;/b&gt; av {looked_after} forvaltede kontoer er i risiko. Hold musen over en søyle, eller gå til den med piltastene, for å se hva risikoen betyr og hva du kan gjøre.</translation>
    </message>
    <message>
        <source>No account looked after is at risk.</source>
        <translation>Ingen forvaltet konto er i risiko.</translation>
    </message>
    <message>
        <source>Nothing to assess yet.</source>
        <translation>Ingenting å vurdere ennå.</translation>
    </message>
    <message>
        <source>No social-media policy is in force. Record one under “Policy…”.</source>
        <translation>Ingen retningslinjer for sosiale medier gjelder. Registrer dem under «Retningslinjer…».</translation>
    </message>
    <message>
        <source>No social-media policy is in force. Record one with “accountregistry policy add”.</source>
        <translation type="vanished">Ingen retningslinjer for sosiale medier gjelder. Registrer en med «accountregistry policy add».</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>of account holders acknowledged version {version}, in force since {day} (approved by {approver}): {acknowledged} of {holders}.</source>
        <translation>av kontoinnehaverne har bekreftet versjon {version}, gjeldende fra {day} (godkjent av {approver}): {acknowledged} av {holders}.</translation>
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
        <translation>&amp;Denne datamaskinen (én fil)</translation>
    </message>
    <message>
        <source>A &amp;shared server (PostgreSQL)</source>
        <translation>En &amp;delt server (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
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
        <translation>Account Registry åpner den valgte databasen neste gang programmet starter. Passordet lagres i systemets nøkkelring, aldri i innstillingene.</translation>
    </message>
    <message>
        <source>While the environment variable ACCOUNTREGISTRY_DB is set, it decides the database instead.</source>
        <translation>Så lenge miljøvariabelen ACCOUNTREGISTRY_DB er satt, er det den som bestemmer databasen.</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test tilkoblingen</translation>
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
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Connected: the database holds a registry.</source>
        <translation>Tilkoblet: databasen inneholder et register.</translation>
    </message>
    <message>
        <source>Connected: there is no registry yet; Account Registry creates it when it opens the database.</source>
        <translation>Tilkoblet: det finnes ikke noe register ennå; Account Registry oppretter det når programmet åpner databasen.</translation>
    </message>
    <message>
        <source>The connection could not be tested.</source>
        <translation>Tilkoblingen kunne ikke testes.</translation>
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
        <translation>om {days} dager</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>for {days} dager siden</translation>
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
        <translation>Velg datoen i en kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Velg i en kalender</translation>
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
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Transferred to the successor</source>
        <translation>Overdratt til etterfølgeren</translation>
    </message>
    <message>
        <source>Transferred to the company</source>
        <translation>Overdratt til bedriften</translation>
    </message>
    <message>
        <source>The holder keeps it</source>
        <translation>Innehaveren beholder den</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stengt</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Bedriftskonto</translation>
    </message>
    <message>
        <source>Employee-role account</source>
        <translation>Konto i ansattrolle</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personlig konto</translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation>Type ikke registrert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Frafalt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrunnelse: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notat: {note}</translation>
    </message>
    <message>
        <source>Offboarding of {leaver}</source>
        <translation>Fratredelse for {leaver}</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ikke valgt ennå</translation>
    </message>
    <message>
        <source>Internal move of {person}</source>
        <translation>Intern flytting av {person}</translation>
    </message>
    <message>
        <source>Day of the move: {day}</source>
        <translation>Dag for flyttingen: {day}</translation>
    </message>
    <message>
        <source>Last working day: {day}</source>
        <translation>Siste arbeidsdag: {day}</translation>
    </message>
    <message>
        <source>Successor: {name}</source>
        <translation>Etterfølger: {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{settled} of {total} items settled</source>
        <translation>{settled} av {total} punkter avklart</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Skrevet ut {day}</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Hindringer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
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
        <translation>Åpen, forsinket</translation>
    </message>
    <message>
        <source>This offboarding has no items.</source>
        <translation>Denne fratredelsen har ingen punkter.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>– still the leaver</source>
        <translation>– fortsatt den som slutter</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No checklist item</source>
        <translation>Ingen punkter på sjekklisten</translation>
    </message>
    <message>
        <source>No handover terms agreed</source>
        <translation>Ingen overdragelsesvilkår avtalt</translation>
    </message>
    <message>
        <source>{outcome} (agreed {day})</source>
        <translation>{outcome} (avtalt {day})</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Bedriften</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation>Ingen registrert</translation>
    </message>
    <message>
        <source>No: the leaver is still {roles}</source>
        <translation>Nei: den som slutter, er fortsatt {roles}</translation>
    </message>
    <message>
        <source>No: 1 item open</source>
        <translation>Nei: 1 punkt åpent</translation>
    </message>
    <message>
        <source>No: {count} items open</source>
        <translation>Nei: {count} punkter åpne</translation>
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
        <translation>Avgående: {who}</translation>
    </message>
    <message>
        <source>Position: {role}</source>
        <translation>Stilling: {role}</translation>
    </message>
    <message>
        <source>Offboarding {number}: {status}</source>
        <translation>Fratredelse {number}: {status}</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}</source>
        <translation>Lukket {when} av {who}</translation>
    </message>
    <message>
        <source>Handover confirmation</source>
        <translation>Overdragelsesbekreftelse</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>bedriften</translation>
    </message>
    <message>
        <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company&apos;s pages, groups and accounts stay with the company; personal profiles remain their holder&apos;s own.</source>
        <translation>Denne bekreftelsen viser hva som har skjedd med hver konto i sosiale medier som {leaver} hadde eller administrerte for {organisation}. Bedriftens sider, grupper og kontoer blir i bedriften; personlige profiler forblir innehaverens egne.</translation>
    </message>
    <message>
        <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
        <translation>Ikke alt er avklart ennå ({count} kontoer er fortsatt åpne). Skriv under når alle kontoer er avklart.</translation>
    </message>
    <message>
        <source>Accounts ({count})</source>
        <translation>Kontoer ({count})</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Agreed outcome</source>
        <translation>Avtalt utfall</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Avklart</translation>
    </message>
    <message>
        <source>The leaver held or administered no account.</source>
        <translation>Den som slutter, var verken innehaver eller administrator av noen konto.</translation>
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
        <translation>Innehaver nå</translation>
    </message>
    <message>
        <source>Administered by now</source>
        <translation>Administratorer nå</translation>
    </message>
    <message>
        <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
        <translation>Overdragelsesbekreftelse for {leaver}, fratredelse {number}, siste arbeidsdag {day}: {count} kontoer.</translation>
    </message>
    <message>
        <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company&apos;s accounts.</source>
        <translation>Ved å skrive under bekrefter begge parter at kontoene i denne bekreftelsen er avklart som beskrevet, og at den som slutter, ikke lenger har tilgang til bedriftens kontoer.</translation>
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
        <translation>Den som slutter</translation>
    </message>
    <message>
        <source>For the company (HR)</source>
        <translation>For bedriften (HR)</translation>
    </message>
</context>
<context>
    <name>DomainsNotice</name>
    <message>
        <source>The “Private login” risk is off until the company&apos;s email domains are set: without them no login can be told to be private.</source>
        <translation>Risikoen «Privat innlogging» er slått av til virksomhetens e-postdomener er angitt: uten dem kan ingen innlogging gjenkjennes som privat.</translation>
    </message>
    <message>
        <source>Set email domains…</source>
        <translation>Angi e-postdomener…</translation>
    </message>
    <message>
        <source>Set email domains</source>
        <translation>Angi e-postdomener</translation>
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
        <translation>Jobb-e-post</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <source>Personal accounts</source>
        <translation>Personlige kontoer</translation>
    </message>
    <message>
        <source>People due for anonymisation</source>
        <translation>Personer som skal anonymiseres</translation>
    </message>
    <message>
        <source>Anonymise &amp;selected…</source>
        <translation>Anonymiser &amp;valgte…</translation>
    </message>
    <message>
        <source>Anonymise &amp;all…</source>
        <translation>Anonymiser &amp;alle…</translation>
    </message>
    <message>
        <source>The retention period is {months} months after the last working day (File → Organisation settings). The people below left longer ago and hold no active role, open offboarding or consent still needed: anonymising replaces their name by a pseudonym and erases their email, title and manager link; a personal account of theirs leaves the registry, and the signed scans of their agreements are removed.</source>
        <translation>Lagringstiden er {months} måneder etter siste arbeidsdag (Fil → Organisasjonsinnstillinger). Personene nedenfor fratrådte før det og har ingen aktiv rolle, åpen fratredelse eller samtykke som fortsatt trengs: anonymisering erstatter navnet deres med et pseudonym og sletter e-post, stilling og leder; en personlig konto av deres fjernes fra registeret, og de signerte skanningene av avtalene deres fjernes.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the ownership report</source>
        <translation>Eksporter eierskapsrapporten</translation>
    </message>
    <message>
        <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back. It names people and their roles, so only you can read the file (as with the registry itself); share it deliberately.</source>
        <translation>Én rad per konto med innehaver, administratorer, pålogging, tofaktorpålogging, overdragelsesvilkår, datoer for gjennomgang og risikoer. Excel og LibreOffice kan åpne den, og Importer kan lese den inn igjen. Den nevner personer og rollene deres, så bare du kan lese filen (som selve registeret); del den med omtanke.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>The file to write; type a name or choose one</source>
        <translation>Filen som skal skrives; skriv et navn eller velg en</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Velg filen i en fildialog</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
        <translation>Semikolon ( ; ) for norsk, dansk, svensk og det meste av Europa</translation>
    </message>
    <message>
        <source>Comma ( , ) for English</source>
        <translation>Komma ( , ) for engelsk</translation>
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
        <translation>Tegnet mellom cellene. Regnearket på denne datamaskinen forventer det som er valgt fra start.</translation>
    </message>
    <message>
        <source>For people: headings, values and risks in your language</source>
        <translation>For mennesker: overskrifter, verdier og risikoer på ditt språk</translation>
    </message>
    <message>
        <source>For programs and re-import: the fixed column names and stored values</source>
        <translation>For programmer og reimport: de faste kolonnenavnene og lagrede verdier</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <source>Both can be imported again. The file ends in .xlsx or .ods for a workbook (with a sheet explaining the risks), .csv for plain text.</source>
        <translation>Begge kan importeres igjen. Filnavnet slutter på .xlsx eller .ods for en arbeidsbok (med et ark som forklarer risikoene), .csv for ren tekst.</translation>
    </message>
    <message>
        <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
        <translation>Bare de &amp;viste kontoene (gjeldende filtre: {count} kontoer)</translation>
    </message>
    <message>
        <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
        <translation>De &amp;viste kontoene ({count} kontoer; ingen filtre er satt)</translation>
    </message>
    <message>
        <source>Only the accounts shown</source>
        <translation>Bare de viste kontoene</translation>
    </message>
    <message>
        <source>&amp;All accounts ({count})</source>
        <translation>&amp;Alle kontoer ({count})</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle kontoer</translation>
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
        <translation>&amp;Oppsett:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Kontoer:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksportens fremdrift</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Eksportens status</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;LibreOffice spreadsheets (*.ods);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Excel-arbeidsbøker (*.xlsx);;LibreOffice-regneark (*.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>{path} exists already. Replace it with the new report?</source>
        <translation>{path} finnes allerede. Vil du erstatte den med den nye rapporten?</translation>
    </message>
    <message>
        <source>Give the name of the file to write the report to.</source>
        <translation>Angi navnet på filen rapporten skal skrives til.</translation>
    </message>
    <message>
        <source>Reading {count} accounts…</source>
        <translation>Leser {count} kontoer…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Lukk</translation>
    </message>
    <message>
        <source>Writing {done} of {total} accounts…</source>
        <translation>Skriver {done} av {total} kontoer…</translation>
    </message>
    <message>
        <source>Exported {count} account to {path}.</source>
        <translation>Eksporterte {count} konto til {path}.</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {path}.</source>
        <translation>Eksporterte {count} kontoer til {path}.</translation>
    </message>
    <message>
        <source>Not exported. {reason}</source>
        <translation>Ikke eksportert. {reason}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
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
        <translation>Ansvarlig enhet</translation>
    </message>
    <message>
        <source>Login email</source>
        <translation>E-post for innlogging</translation>
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
        <translation>Forventninger til svar</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke gitt den</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sharing company posts</source>
        <translation>Deling av selskapets innlegg</translation>
    </message>
    <message>
        <source>Naming the employer</source>
        <translation>Nevne arbeidsgiveren</translation>
    </message>
    <message>
        <source>Social selling</source>
        <translation>Social selling</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Spurt av</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbake den</translation>
    </message>
    <message>
        <source>Review interval (months)</source>
        <translation>Intervall for gjennomgang (måneder)</translation>
    </message>
    <message>
        <source>Last reviewed on</source>
        <translation>Sist gjennomgått den</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
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
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Offisiell</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Innehaver</translation>
    </message>
    <message>
        <source>Columns and risks</source>
        <translation>Kolonner og risikoer</translation>
    </message>
    <message>
        <source>Column or risk</source>
        <translation>Kolonne eller risiko</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Login secret stored</source>
        <translation>Innlogging lagret</translation>
    </message>
    <message>
        <source>Secret last changed</source>
        <translation>Innlogging sist endret</translation>
    </message>
    <message>
        <source>Secret changed by</source>
        <translation>Innlogging endret av</translation>
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
        <translation>Tildelt av</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Tilbakekalt av</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Etterfølger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Login password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Gjenopprettingskoder</translation>
    </message>
    <message>
        <source>Two-factor notes</source>
        <translation>Notater om tofaktor</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>Innen (dager)</translation>
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
        <translation>Innloggingsfelt</translation>
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
        <translation>Avtalepunkt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Audit event</source>
        <translation>Revisjonshendelse</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Overleveringsvilkår</translation>
    </message>
    <message>
        <source>Offboarding case</source>
        <translation>Avgangssak</translation>
    </message>
    <message>
        <source>Organisation settings</source>
        <translation>Organisasjonsinnstillinger</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>Personopplysning</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Bekreftelse av retningslinje</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Holder email</source>
        <translation>Innehaverens e-post</translation>
    </message>
    <message>
        <source>Successor email</source>
        <translation>Etterfølgerens e-post</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Number of administrators</source>
        <translation>Antall administratorer</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Neste gjennomgang</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Antall dager fram</translation>
    </message>
    <message>
        <source>Company email domains</source>
        <translation>Virksomhetens e-postdomener</translation>
    </message>
    <message>
        <source>Holidays country</source>
        <translation>Land for helligdager</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>Stengte dager</translation>
    </message>
    <message>
        <source>Retention period (months)</source>
        <translation>Oppbevaringstid (måneder)</translation>
    </message>
    <message>
        <source>The network the account is on.</source>
        <translation>Nettverket kontoen er på.</translation>
    </message>
    <message>
        <source>What the account is on the network: a profile, a page, a group or a channel.</source>
        <translation>Hva kontoen er på nettverket: en profil, en side, en gruppe eller en kanal.</translation>
    </message>
    <message>
        <source>The account&apos;s name on the network, as its address shows it.</source>
        <translation>Kontoens navn på nettverket, slik adressen viser det.</translation>
    </message>
    <message>
        <source>The account&apos;s web address.</source>
        <translation>Kontoens nettadresse.</translation>
    </message>
    <message>
        <source>The name the account shows its followers.</source>
        <translation>Navnet kontoen viser følgerne sine.</translation>
    </message>
    <message>
        <source>Who the account belongs to: the company, an employee&apos;s role, or a person privately.</source>
        <translation>Hvem kontoen tilhører: bedriften, en ansatts rolle eller en person privat.</translation>
    </message>
    <message>
        <source>Whether the account is in use, dormant, archived or closed.</source>
        <translation>Om kontoen er i bruk, hviler, er arkivert eller stengt.</translation>
    </message>
    <message>
        <source>The person who holds the account.</source>
        <translation>Personen som har kontoen.</translation>
    </message>
    <message>
        <source>The holder&apos;s work email.</source>
        <translation>Innehaverens jobb-e-post.</translation>
    </message>
    <message>
        <source>The department or team responsible for the account.</source>
        <translation>Avdelingen eller teamet som har ansvaret for kontoen.</translation>
    </message>
    <message>
        <source>Everyone who holds a role on the account, with their work email and role.</source>
        <translation>Alle som har en rolle på kontoen, med jobb-e-post og rolle.</translation>
    </message>
    <message>
        <source>How many people hold an owner or admin role (counted by the registry).</source>
        <translation>Hvor mange som har en eier- eller administratorrolle (telt av registeret).</translation>
    </message>
    <message>
        <source>The email address the account logs in with (left out for personal accounts).</source>
        <translation>E-postadressen kontoen logger inn med (utelatt for personlige kontoer).</translation>
    </message>
    <message>
        <source>How the login is protected by a second factor.</source>
        <translation>Hvordan innloggingen er beskyttet med en ekstra faktor.</translation>
    </message>
    <message>
        <source>What happens to the account when its holder leaves.</source>
        <translation>Hva som skjer med kontoen når innehaveren slutter.</translation>
    </message>
    <message>
        <source>The work email of the person who takes the account over.</source>
        <translation>Jobb-e-post for personen som overtar kontoen.</translation>
    </message>
    <message>
        <source>The day the handover terms were agreed.</source>
        <translation>Dagen overdragelsesvilkårene ble avtalt.</translation>
    </message>
    <message>
        <source>The day the account&apos;s record was last checked.</source>
        <translation>Dagen kontoens opplysninger sist ble gjennomgått.</translation>
    </message>
    <message>
        <source>When the record is next due to be checked (from the last review and the interval).</source>
        <translation>Når opplysningene neste gang skal gjennomgås (ut fra siste gjennomgang og intervallet).</translation>
    </message>
    <message>
        <source>The risks the registry finds for the account; each is explained below.</source>
        <translation>Risikoene registeret finner for kontoen; hver av dem er forklart nedenfor.</translation>
    </message>
    <message>
        <source>Whether the account speaks officially for the organisation.</source>
        <translation>Om kontoen taler offisielt på vegne av organisasjonen.</translation>
    </message>
    <message>
        <source>What the account is for and who may post on it.</source>
        <translation>Hva kontoen er til, og hvem som kan publisere på den.</translation>
    </message>
    <message>
        <source>What followers may expect of answers.</source>
        <translation>Hva følgerne kan forvente av svar.</translation>
    </message>
    <message>
        <source>The day the holder consented to their personal account being registered.</source>
        <translation>Dagen innehaveren samtykket til at den personlige kontoen registreres.</translation>
    </message>
    <message>
        <source>The day that consent was withdrawn.</source>
        <translation>Dagen samtykket ble trukket tilbake.</translation>
    </message>
    <message>
        <source>How many months may pass between two reviews of the record.</source>
        <translation>Hvor mange måneder som kan gå mellom to gjennomganger av opplysningene.</translation>
    </message>
    <message>
        <source>Anything else worth knowing about the account.</source>
        <translation>Alt annet som er verdt å vite om kontoen.</translation>
    </message>
    <message>
        <source>The name of the person who takes the account over.</source>
        <translation>Navnet på personen som overtar kontoen.</translation>
    </message>
    <message>
        <source>What the handover terms say about followers, network and groups.</source>
        <translation>Hva overdragelsesvilkårene sier om følgere, nettverk og grupper.</translation>
    </message>
    <message>
        <source>What the handover terms say about the content posted.</source>
        <translation>Hva overdragelsesvilkårene sier om innholdet som er publisert.</translation>
    </message>
    <message>
        <source>How many days&apos; notice the handover terms give.</source>
        <translation>Hvor mange dagers varsel overdragelsesvilkårene gir.</translation>
    </message>
    <message>
        <source>Whether the holder agreed to the handover terms.</source>
        <translation>Om innehaveren har godtatt overdragelsesvilkårene.</translation>
    </message>
    <message>
        <source>Who agreed the handover terms for the company.</source>
        <translation>Hvem som avtalte overdragelsesvilkårene for bedriften.</translation>
    </message>
    <message>
        <source>Whether the account is listed for ambassador work.</source>
        <translation>Om kontoen er oppført for ambassadørarbeid.</translation>
    </message>
    <message>
        <source>Within how many hours questions on the account should be answered.</source>
        <translation>Innen hvor mange timer spørsmål på kontoen bør besvares.</translation>
    </message>
    <message>
        <source>Whether answers are expected outside working hours too.</source>
        <translation>Om det også forventes svar utenfor arbeidstiden.</translation>
    </message>
    <message>
        <source>How often the account is expected to post.</source>
        <translation>Hvor ofte kontoen forventes å publisere.</translation>
    </message>
    <message>
        <source>Who the account speaks to.</source>
        <translation>Hvem kontoen henvender seg til.</translation>
    </message>
    <message>
        <source>How many working hours a week the account takes.</source>
        <translation>Hvor mange arbeidstimer i uken kontoen krever.</translation>
    </message>
    <message>
        <source>Whom to contact when something on the account needs a decision.</source>
        <translation>Hvem som skal kontaktes når noe på kontoen krever en beslutning.</translation>
    </message>
    <message>
        <source>When this report was written (UTC).</source>
        <translation>Når denne rapporten ble skrevet (UTC).</translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation>Leders e-post</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bekreftet den</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Tekst i retningslinjene</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Hva det betyr</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva du skal gjøre</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupper etter</translation>
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
        <translation>Pålogging</translation>
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
        <translation>Noen andre</translation>
    </message>
    <message>
        <source>the same moment</source>
        <translation>i samme øyeblikk</translation>
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
        <translation>Databasepålogging</translation>
    </message>
    <message>
        <source>Answer within (hours)</source>
        <translation>Svar innen (timer)</translation>
    </message>
    <message>
        <source>Also outside working hours</source>
        <translation>Også utenfor arbeidstid</translation>
    </message>
    <message>
        <source>Expected frequency</source>
        <translation>Forventet hyppighet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Working time per week (hours)</source>
        <translation>Arbeidstid per uke (timer)</translation>
    </message>
    <message>
        <source>Listed for ambassador work</source>
        <translation>Oppført som ambassadør</translation>
    </message>
    <message>
        <source>Flagged for change on</source>
        <translation>Merket for endring den</translation>
    </message>
    <message>
        <source>What needs changing</source>
        <translation>Hva som må endres</translation>
    </message>
    <message>
        <source>Followers, network and groups</source>
        <translation>Følgere, nettverk og grupper</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Varsel (dager)</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <source>Agreed for the company by</source>
        <translation>Undertegnet for bedriften av</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den som slutter</translation>
    </message>
    <message>
        <source>Internal move</source>
        <translation>Intern flytting</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Assigned function</source>
        <translation>Ansvarlig funksjon</translation>
    </message>
    <message>
        <source>Due (business days from the last working day)</source>
        <translation>Frist (arbeidsdager fra siste arbeidsdag)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reason for waiving</source>
        <translation>Begrunnelse for frafall</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>Merknad om tilbaketrekking</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Versjon av retningslinjene</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Avtalt av</translation>
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
        <translation>Fratreden</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtale</translation>
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
        <translation>Størrelse i byte</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-sjekksum</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Default review interval (months)</source>
        <translation>Standardintervall for gjennomgang (måneder)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisasjonens navn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Jobb-e-post</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Ansettelsesstatus</translation>
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
        <translation type="vanished">{platform}-{presence} «{handle}»</translation>
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
        <translation>Hva som skjer med følgere, nettverket og grupper bygget opp for bedriften</translation>
    </message>
    <message>
        <source>What happens to posts, messages and media</source>
        <translation>Hva som skjer med innlegg, meldinger og medier</translation>
    </message>
    <message>
        <source>blank = none agreed</source>
        <translation>tomt = ingenting avtalt</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <source>Name of who signed for the company</source>
        <translation>Navn på den som signerte for bedriften</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Ved fratreden</translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation>&amp;Etterfølger</translation>
    </message>
    <message>
        <source>&amp;Followers, network and groups</source>
        <translation>&amp;Følgere, nettverk og grupper</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Innhold</translation>
    </message>
    <message>
        <source>&amp;Notice (days)</source>
        <translation>Var&amp;sel (dager)</translation>
    </message>
    <message>
        <source>A&amp;greed on</source>
        <translation>&amp;Avtalt den</translation>
    </message>
    <message>
        <source>Agreed for the company &amp;by</source>
        <translation>&amp;Undertegnet for bedriften av</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Lagre som ny versjon</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>Import accounts from {name}</source>
        <translation>Importer kontoer fra {name}</translation>
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
        <translation>Importens melding</translation>
    </message>
    <message>
        <source>Notes about the file</source>
        <translation>Merknader om filen</translation>
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
        <translation>Filens rader</translation>
    </message>
    <message>
        <source>The chosen row</source>
        <translation>Den valgte raden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows…</source>
        <translation>Importer bare de &amp;gyldige radene…</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importer bare de gyldige radene</translation>
    </message>
    <message>
        <source>Leave out the rows in error and import the others</source>
        <translation>Utelat radene med feil, og importer resten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking {path}…</source>
        <translation>Kontrollerer {path}…</translation>
    </message>
    <message>
        <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
        <translation>Vil du importere {importing} rader og utelate de {skipped} radene med feil? Radene som utelates, importeres ikke; rett dem i filen og importer den på nytt.</translation>
    </message>
    <message>
        <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
        <translation>{name}: {rows} rader. Ingenting blir skrevet før du trykker på Importer.</translation>
    </message>
    <message>
        <source>{action}: {count}</source>
        <translation>{action}: {count}</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>Alle rader ({count})</translation>
    </message>
    <message>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <source>Columns this registry does not know are left out: {columns}.</source>
        <translation>Kolonner som registeret ikke kjenner, utelates: {columns}.</translation>
    </message>
    <message>
        <source>Columns the registry computes itself are not read: {columns}.</source>
        <translation>Kolonner som registeret beregner selv, leses ikke: {columns}.</translation>
    </message>
    <message>
        <source>{count} people not yet in the registry will be added.</source>
        <translation>{count} personer som ennå ikke er i registeret, blir lagt til.</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
        <translation>{count} rader kan ikke importeres; den første er linje {line}: {reason} Rett filen og kontroller den på nytt, eller importer bare de gyldige radene.</translation>
    </message>
    <message>
        <source>{count} rows would grant again a role that an offboarding took away, or that was revoked after the file was exported; they are left out unless you choose otherwise below.</source>
        <translation>{count} rader ville gi tilbake en rolle som en fratreden har fjernet, eller som ble trukket tilbake etter at filen ble eksportert; de utelates med mindre du velger noe annet nedenfor.</translation>
    </message>
    <message>
        <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
        <translation>Ingenting å importere: alle kontoene i filen står allerede i registeret slik filen angir dem.</translation>
    </message>
    <message>
        <source>Also import the {count} rows in conflict: grant those roles again</source>
        <translation>Importer også de {count} radene i konflikt: gi rollene tilbake</translation>
    </message>
    <message>
        <source>Also import the rows in conflict</source>
        <translation>Importer også radene i konflikt</translation>
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
        <translation>Ikke mulig: {count} rader har feil. Rett dem, eller importer bare de gyldige radene.</translation>
    </message>
    <message>
        <source>Write the new and changed accounts to the registry</source>
        <translation>Skriv de nye og endrede kontoene til registeret</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Lukk</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Avbryter; ingenting blir skrevet…</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importert fra {name}: {created} nye kontoer, {updated} oppdatert, {unchanged} uendret.</translation>
    </message>
    <message>
        <source>{count} people added</source>
        <translation>{count} personer lagt til</translation>
    </message>
    <message>
        <source>{count} roles granted</source>
        <translation>{count} roller tildelt</translation>
    </message>
    <message>
        <source>{count} handover terms recorded</source>
        <translation>{count} overdragelsesvilkår registrert</translation>
    </message>
    <message>
        <source>{count} rows in error left out</source>
        <translation>{count} rader med feil utelatt</translation>
    </message>
    <message>
        <source>{count} rows in conflict left out</source>
        <translation>{count} rader i konflikt utelatt</translation>
    </message>
    <message>
        <source>{name} cannot be imported.</source>
        <translation>{name} kan ikke importeres.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Import people from {name}</source>
        <translation>Importer personer fra {name}</translation>
    </message>
    <message>
        <source>Imported from {name}: {added} new people, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importert fra {name}: {added} nye personer, {updated} oppdatert, {unchanged} uendret.</translation>
    </message>
    <message>
        <source>{count} rows in error left out.</source>
        <translation>{count} rader med feil utelatt.</translation>
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
        <translation>Oppdatering</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
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
        <translation>Hva som endres, eller hvorfor raden ikke kan importeres</translation>
    </message>
    <message>
        <source>{column}: “{old}” → “{new}”</source>
        <translation>{column}: «{old}» → «{new}»</translation>
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
        <translation>Endre siste arbeidsdag</translation>
    </message>
    <message>
        <source>Open items move with the last working day; done and waived items keep their dates.</source>
        <translation>Åpne punkter flyttes med siste arbeidsdag; utførte og frafalte punkter beholder datoene sine.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Endre</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Siste a&amp;rbeidsdag</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <source>The last working day is required.</source>
        <translation>Siste arbeidsdag må fylles ut.</translation>
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
        <translation>for {days} dager siden</translation>
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
        <translation>om {days} dager</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 konto</translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation>{count} kontoer</translation>
    </message>
    <message>
        <source>1 open item</source>
        <translation>1 åpent punkt</translation>
    </message>
    <message>
        <source>{count} open items</source>
        <translation>{count} åpne punkter</translation>
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
        <translation>Personer som slutter</translation>
    </message>
    <message>
        <source>in the next {days} days</source>
        <translation>de neste {days} dagene</translation>
    </message>
    <message>
        <source>Leaving &amp;within</source>
        <translation>Slutter &amp;innen</translation>
    </message>
    <message>
        <source>Leaving within</source>
        <translation>Slutter innen</translation>
    </message>
    <message>
        <source>People leaving with accounts unsettled</source>
        <translation>Personer som slutter med kontoer som ikke er avklart</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Ikke avklart</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratredelse</translation>
    </message>
    <message>
        <source>Click a person, or press Enter, to see their offboarding</source>
        <translation>Klikk på en person, eller trykk på Enter, for å se personens fratredelse</translation>
    </message>
    <message>
        <source>Start offboarding…</source>
        <translation>Start fratredelse…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <source>Start the offboarding of the chosen person, who is recorded as leaving but has none yet</source>
        <translation>Start fratredelsen for den valgte personen, som er registrert som fratredende, men ikke har noen ennå</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
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
        <translation>ingen fratredelse startet</translation>
    </message>
    <message>
        <source>{count} people leave within {days} days with accounts unsettled.</source>
        <translation>{count} personer slutter innen {days} dager med kontoer som ikke er avklart.</translation>
    </message>
    <message>
        <source>1 person leaves within {days} days with accounts unsettled.</source>
        <translation>1 person slutter innen {days} dager med kontoer som ikke er avklart.</translation>
    </message>
    <message>
        <source>No one leaves within {days} days with anything unsettled.</source>
        <translation>Ingen slutter innen {days} dager med noe som ikke er avklart.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratredelser</translation>
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
        <translation>Åpner registeret…</translation>
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
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Organisation settings…</source>
        <translation>&amp;Organisasjonsinnstillinger…</translation>
    </message>
    <message>
        <source>Import p&amp;eople…</source>
        <translation>Importer p&amp;ersoner…</translation>
    </message>
    <message>
        <source>&amp;Import accounts…</source>
        <translation>&amp;Importer kontoer…</translation>
    </message>
    <message>
        <source>Social-media po&amp;licy…</source>
        <translation>Retnings&amp;linjer for sosiale medier…</translation>
    </message>
    <message>
        <source>Create the sa&amp;mple organisation</source>
        <translation>Opprett ekse&amp;mpelorganisasjonen</translation>
    </message>
    <message>
        <source>Fills an empty registry with an example organisation</source>
        <translation>Fyller et tomt register med en eksempelorganisasjon</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Copy to a shared server…</source>
        <translation>&amp;Kopier til en delt server…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>How to erase a person: People → Privacy → Anonymise this person… (or People due for anonymisation…). Their name becomes “{pseudonym}”, their email, title and manager link are erased, a personal account of theirs leaves the registry, and the database file no longer holds them. People → Privacy → Export this person&apos;s data… answers an access request.</source>
        <translation>Slik slettes en person: Personer → Personvern → Anonymiser denne personen… (eller Personer som skal anonymiseres…). Navnet blir «{pseudonym}», e-post, stilling og leder slettes, en personlig konto av deres fjernes fra registeret, og databasefilen inneholder dem ikke lenger. Personer → Personvern → Eksporter denne personens data… besvarer en innsynsbegjæring.</translation>
    </message>
    <message>
        <source>&amp;About Account Registry…</source>
        <translation>Om Account Re&amp;gistry…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importer personer fra HR</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>Regneark (*.csv *.txt *.tsv *.xlsx *.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Account Registry {version}: who owns which social media accounts, settled before anyone leaves.</source>
        <translation>Account Registry {version}: hvem som eier hvilke kontoer i sosiale medier, avklart før noen slutter.</translation>
    </message>
    <message>
        <source>Where the data lives: {where}. Secrets (passwords, recovery codes) are only in the operating system&apos;s keyring. The log is in {log}.</source>
        <translation>Hvor dataene ligger: {where}. Hemmeligheter (passord, gjenopprettingskoder) ligger bare i operativsystemets nøkkelring. Loggen ligger i {log}.</translation>
    </message>
    <message>
        <source>How long it is kept: what is kept about people who left is due for anonymisation once the retention period has passed since their last working day ({months} months; File → Organisation settings).</source>
        <translation>Hvor lenge det lagres: opplysninger om personer som har fratrådt, skal anonymiseres når lagringstiden er gått siden siste arbeidsdag ({months} måneder; Fil → Organisasjonsinnstillinger).</translation>
    </message>
    <message>
        <source>How to erase a person: People → Privacy → Anonymise this person… (or People due for anonymisation…). Their name becomes “[former employee 12]”, their email, title and manager link are erased, a personal account of theirs leaves the registry, and the database file no longer holds them. People → Privacy → Export this person&apos;s data… answers an access request.</source>
        <translation type="vanished">Slik slettes en person: Personer → Personvern → Anonymiser denne personen… (eller Personer som skal anonymiseres…). Navnet blir «[former employee 12]», e-post, stilling og leder slettes, en personlig konto av deres fjernes fra registeret, og databasefilen inneholder dem ikke lenger. Personer → Personvern → Eksporter denne personens data… besvarer en innsynsbegjæring.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="vanished">Om {app}</translation>
    </message>
    <message>
        <source>Other people&apos;s changes could not be read: {reason}</source>
        <translation>Andres endringer kunne ikke leses: {reason}</translation>
    </message>
    <message>
        <source>The registry could not be read.</source>
        <translation>Registeret kunne ikke leses.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Creating the sample organisation…</source>
        <translation>Oppretter eksempelorganisasjonen…</translation>
    </message>
    <message>
        <source>Created {organisation}: {accounts} accounts and {people} people.</source>
        <translation>Opprettet {organisation}: {accounts} kontoer og {people} personer.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>That cannot be done.</source>
        <translation>Det lar seg ikke gjøre.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>Noe av det som ble skrevet inn, er ikke gyldig.</translation>
    </message>
    <message>
        <source>That record is not in the registry.</source>
        <translation>Den posten finnes ikke i registeret.</translation>
    </message>
    <message>
        <source>That collides with what is already recorded.</source>
        <translation>Det kolliderer med det som allerede er registrert.</translation>
    </message>
    <message>
        <source>The database cannot be used right now.</source>
        <translation>Databasen kan ikke brukes akkurat nå.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} må fylles ut.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} må være tekst.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label} er for lang ({length} tegn; høyst {limit}).</translation>
    </message>
    <message>
        <source>{label} contains control characters; remove them.</source>
        <translation>{label} inneholder kontrolltegn; fjern dem.</translation>
    </message>
    <message>
        <source>{label} contains characters nobody can see ({characters}), which can make it read as something else; type it again without them.</source>
        <translation>{label} inneholder tegn som ingen kan se ({characters}), og som kan få teksten til å leses som noe annet; skriv den på nytt uten dem.</translation>
    </message>
    <message>
        <source>{label} “{value}” is not an email address (expected name@example.com).</source>
        <translation>{label} «{value}» er ikke en e-postadresse (forventet navn@eksempel.no).</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {allowed}.</source>
        <translation>{label} «{value}» er ikke en av: {allowed}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} må være et heltall.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>{label} må være mellom {low} og {high}.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>{label}: {count} given; at most {limit}.</source>
        <translation>{label}: {count} angitt; høyst {limit}.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reload it and make your change again.</source>
        <translation type="vanished">Noen andre har endret posten siden du åpnet den; last den inn på nytt og gjør endringen igjen.</translation>
    </message>
    <message>
        <source>{variable} must be a number of seconds between 0 and {high}, not “{value}”.</source>
        <translation>{variable} må være et antall sekunder mellom 0 og {high}, ikke «{value}».</translation>
    </message>
    <message>
        <source>The name the audit trail records for you is too long ({length} characters; at most {limit}); set {variable} to a shorter name.</source>
        <translation>Navnet revisjonsloggen registrerer deg under, er for langt ({length} tegn; høyst {limit}); sett {variable} til et kortere navn.</translation>
    </message>
    <message>
        <source>The name the audit trail records for you contains a line break, a control character or an invisible character; set {variable} to a plain name.</source>
        <translation>Navnet revisjonsloggen registrerer deg under, inneholder et linjeskift, et kontrolltegn eller et usynlig tegn; sett {variable} til et vanlig navn.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} finnes allerede; velg et nytt filnavn.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and try again. No file was written.</source>
        <translation>Disken der {path} ligger, er full; frigjør litt plass og prøv igjen. Ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>{where} is damaged (SQLite&apos;s check says: {detail}); nothing was copied or changed. Restore it from a backup.</source>
        <translation>{where} er skadet (SQLites kontroll sier: {detail}); ingenting ble kopiert eller endret. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>Hendelse {event_id} i revisjonsloggen ({at}, {actor}: {action} {entity} {entity_id}) er endret etter at den ble registrert: innholdet stemmer ikke lenger med hashverdien.</translation>
    </message>
    <message>
        <source>Audit event {event_id} ({at}, {actor}: {action} {entity} {entity_id}) does not follow the event before it: an event was removed or slipped in.</source>
        <translation>Hendelse {event_id} i revisjonsloggen ({at}, {actor}: {action} {entity} {entity_id}) følger ikke hendelsen før den: en hendelse er fjernet eller smuglet inn.</translation>
    </message>
    <message>
        <source>The audit trail of {where} is intact: {events} events, the last with the hash {head}.</source>
        <translation>Revisjonsloggen i {where} er intakt: {events} hendelser, den siste med hashverdien {head}.</translation>
    </message>
    <message>
        <source>Wrote {events} audit events with their hashes to {path}.</source>
        <translation>Skrev {events} hendelser fra revisjonsloggen med hashverdiene sine til {path}.</translation>
    </message>
    <message>
        <source>The audit trail of {where} is no longer protected (changed or missing: {triggers}): the database was changed outside Account Registry. Run “accountregistry audit verify” and restore a backup.</source>
        <translation>Revisjonsloggen i {where} er ikke lenger beskyttet (endret eller mangler: {triggers}): databasen er endret utenom Account Registry. Kjør «accountregistry audit verify» og gjenopprett en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>{path} holds an unfinished change left by a program that stopped in the middle of it (the file {journal} beside it); opening the registry once with write access undoes that change. Ask for write access to the file and its folder, or copy both files to a folder of yours.</source>
        <translation>{path} inneholder en uferdig endring fra et program som stoppet midt i den (filen {journal} ved siden av); åpnes registeret én gang med skrivetilgang, angres endringen. Be om skrivetilgang til filen og mappen, eller kopier begge filene til en av dine egne mapper.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not an Account Registry database, and nothing was changed. Give the path of a registry, or create one there first (for example with “accountregistry demo”).</source>
        <translation>{path} er tom: den er ikke en Account Registry-database, og ingenting ble endret. Oppgi stien til et register, eller opprett først et der (for eksempel med «accountregistry demo»).</translation>
    </message>
    <message>
        <source>{where} is missing part of the registry ({missing}): it was changed outside Account Registry. Restore it from a backup; nothing was changed.</source>
        <translation>{where} mangler en del av registeret ({missing}): det er endret utenom Account Registry. Gjenopprett det fra en sikkerhetskopi; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and the registry {path} needs to keep its journal files beside it. Ask for write access to the folder, or copy the file to a folder of yours.</source>
        <translation>Mappen {folder} er skrivebeskyttet for deg, og registeret {path} må ha journalfilene sine ved siden av seg. Be om skrivetilgang til mappen, eller kopier filen til en av dine egne mapper.</translation>
    </message>
    <message>
        <source>This account is archived; restore it before granting roles on it.</source>
        <translation>Kontoen er arkivert; gjenopprett den før du tildeler roller på den.</translation>
    </message>
    <message>
        <source>{name} has left the company; a role cannot be granted to someone who has left.</source>
        <translation>{name} har sluttet; en rolle kan ikke tildeles noen som har sluttet.</translation>
    </message>
    <message>
        <source>A personal account belongs to its holder: the employer can never take it over, so it cannot be transferred.</source>
        <translation>En personlig konto tilhører innehaveren: arbeidsgiveren kan aldri overta den, så den kan ikke overføres.</translation>
    </message>
    <message>
        <source>A personal account can never be transferred, but its current handover terms say “{disposition}”; give it new terms that do not transfer it.</source>
        <translation>En personlig konto kan aldri overdras, men de gjeldende overdragelsesvilkårene sier «{disposition}»; gi den nye vilkår som ikke overdrar den.</translation>
    </message>
    <message>
        <source>The successor cannot be the account&apos;s own holder.</source>
        <translation>Etterfølgeren kan ikke være kontoens egen innehaver.</translation>
    </message>
    <message>
        <source>{name} lost the role {role} here through an offboarding ({revoked_on}); this row would grant it again, so it is left out unless you choose to grant such roles again.</source>
        <translation>{name} mistet rollen {role} her ved en fratreden ({revoked_on}); raden ville gi den tilbake, så den utelates med mindre du velger å gi slike roller tilbake.</translation>
    </message>
    <message>
        <source>{name}&apos;s role {role} here was revoked on {revoked_on}, after the file was exported ({exported_on}); this row would grant it again, so it is left out unless you choose to grant such roles again.</source>
        <translation>{name}s rolle {role} her ble trukket tilbake {revoked_on}, etter at filen ble eksportert ({exported_on}); raden ville gi den tilbake, så den utelates med mindre du velger å gi slike roller tilbake.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation type="vanished">Samtykke kan ikke trekkes tilbake før det er gitt.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan ikke importeres.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file.</source>
        <translation>{path} er en mappe; velg en fil.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; the import reads files up to {limit} MB. Split it into smaller files, or leave out long text columns.</source>
        <translation>{file} er på {size} MB; importen leser filer på opptil {limit} MB. Del den opp i mindre filer, eller utelat lange tekstkolonner.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} MB; the import reads files up to {limit} MB. Split it into smaller files, or leave out long text columns.</source>
        <translation>{file} er på mer enn {limit} MB; importen leser filer på opptil {limit} MB. Del den opp i mindre filer, eller utelat lange tekstkolonner.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows (line {line} is one too many); split it into smaller files.</source>
        <translation>{file} har mer enn {limit} rader (linje {line} er én for mye); del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>{path} is not a file but a pipe or a device; save what it gives to a file and import that.</source>
        <translation>{path} er ikke en fil, men et rør eller en enhet; lagre det den gir i en fil, og importer den.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported. Check it again.</source>
        <translation>{file} ble endret under importen; ingenting ble importert. Kontroller den på nytt.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the file name.</source>
        <translation>{path} finnes ikke; kontroller filnavnet.</translation>
    </message>
    <message>
        <source>Cannot read {path}: you do not have permission to open it.</source>
        <translation>Kan ikke lese {path}: du har ikke tillatelse til å åpne den.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan ikke lese {path}: {reason}.</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes (line {line}): it is not a text file, or it is UTF-16 without a byte order mark; save it again as CSV (UTF-8).</source>
        <translation>{file} inneholder NUL-byte (linje {line}): det er ikke en tekstfil, eller den er UTF-16 uten byte order mark; lagre den på nytt som CSV (UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8, UTF-16 or Windows-1252 (unreadable bytes on line {line}); save it again as CSV (UTF-8).</source>
        <translation>{file} er ikke tekst i UTF-8, UTF-16 eller Windows-1252 (uleselige byte på linje {line}); lagre den på nytt som CSV (UTF-8).</translation>
    </message>
    <message>
        <source>{file} contains NUL characters on line {line}; it is not a spreadsheet&apos;s text export. Save it again as CSV.</source>
        <translation>{file} inneholder NUL-tegn på linje {line}; det er ikke en teksteksport fra et regneark. Lagre den på nytt som CSV.</translation>
    </message>
    <message>
        <source>{file} is empty; it needs a header line such as {example} and a row below it for each record.</source>
        <translation>{file} er tom; den må ha en overskriftslinje som {example} og en rad under den for hver post.</translation>
    </message>
    <message>
        <source>Line 1 of {file} (“{first}”) names none of the columns the import reads; the first line must be a header such as {example}.</source>
        <translation>Linje 1 i {file} («{first}») nevner ingen av kolonnene importen leser; første linje må være en overskrift som {example}.</translation>
    </message>
    <message>
        <source>Line {line} of {file} opens a quoted cell (&quot;) that is never closed, so the rest of the file would be one cell; close the quote or remove it.</source>
        <translation>Linje {line} i {file} åpner en celle i anførselstegn (&quot;) som aldri lukkes, så resten av filen ville bli én celle; lukk anførselstegnet, eller fjern det.</translation>
    </message>
    <message>
        <source>Line {line} of {file} has a cell longer than {limit} characters, more than any field holds; is a quote missing?</source>
        <translation>Linje {line} i {file} har en celle på mer enn {limit} tegn, mer enn noe felt kan romme; mangler det et anførselstegn?</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid CSV; check its quotes.</source>
        <translation>Linje {line} i {file} er ikke gyldig CSV; kontroller anførselstegnene.</translation>
    </message>
    <message>
        <source>The header of {file} (line {line}) names the column “{column}” twice; keep one of them.</source>
        <translation>Overskriften i {file} (linje {line}) nevner kolonnen «{column}» to ganger; behold den ene.</translation>
    </message>
    <message>
        <source>The header of {file} (line {line}) has no column to recognise a row by; it needs one of: {needed}.</source>
        <translation>Overskriften i {file} (linje {line}) har ingen kolonne en rad kan gjenkjennes på; den trenger en av: {needed}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows of {file} cannot be imported, the first on line {line}. Correct the file, or import only the valid rows.</source>
        <translation>Ingenting ble importert: {count} rader i {file} kan ikke importeres, den første på linje {line}. Rett filen, eller importer bare de gyldige radene.</translation>
    </message>
    <message>
        <source>The registry changed since the file was checked (someone else added or edited the same accounts or people); nothing was imported. Check the file again and import it.</source>
        <translation>Registeret er endret siden filen ble kontrollert (noen andre har lagt til eller redigert de samme kontoene eller personene); ingenting ble importert. Kontroller filen på nytt, og importer den.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>“{value}” is not a delimiter the export writes; use &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; or &apos;|&apos;.</source>
        <translation>«{value}» er ikke et skilletegn eksporten skriver; bruk &apos;;&apos;, &apos;,&apos;, &apos;tab&apos; eller &apos;|&apos;.</translation>
    </message>
    <message>
        <source>“{value}” is not a format the export writes; use one of {allowed}.</source>
        <translation>«{value}» er ikke et format eksporten skriver; bruk et av {allowed}.</translation>
    </message>
    <message>
        <source>{file} is not an Excel or LibreOffice workbook (its name says so, its content does not); if it is a CSV file, rename it to .csv and import it again.</source>
        <translation>{file} er ikke en Excel- eller LibreOffice-arbeidsbok (navnet sier det, innholdet gjør det ikke); er det en CSV-fil, gi den nytt navn med .csv og importer den igjen.</translation>
    </message>
    <message>
        <source>{file} is protected by a password; save a copy without the password and import that.</source>
        <translation>{file} er beskyttet med et passord; lagre en kopi uten passordet og importer den.</translation>
    </message>
    <message>
        <source>{file} is an old Excel workbook (.xls); save it as .xlsx or .ods and import that.</source>
        <translation>{file} er en gammel Excel-arbeidsbok (.xls); lagre den som .xlsx eller .ods og importer den.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a workbook: it is damaged or not complete.</source>
        <translation>{file} kan ikke leses som en arbeidsbok: den er skadet eller ufullstendig.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB; the import reads workbooks up to {limit} MB unpacked. Split it into smaller files.</source>
        <translation type="vanished">{file} blir større enn {limit} MB utpakket; importen leser arbeidsbøker på opptil {limit} MB utpakket. Del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>{file} holds formulas (the first in sheet “{sheet}”); the import never runs them. Save a copy with values only (paste as values) and import that.</source>
        <translation type="vanished">{file} inneholder formler (den første i arket «{sheet}»); importen kjører dem aldri. Lagre en kopi med bare verdier (lim inn som verdier) og importer den.</translation>
    </message>
    <message>
        <source>{file} has a hidden sheet, “{sheet}”; show or delete it, then import again, so that nothing is imported that you cannot see.</source>
        <translation>{file} har et skjult ark, «{sheet}»; vis eller slett det, og importer så igjen, slik at ingenting importeres som du ikke kan se.</translation>
    </message>
    <message>
        <source>The header of {file} (row {line}) has merged cells; give each column its own header cell and import again.</source>
        <translation>Overskriften i {file} (rad {line}) har sammenslåtte celler; gi hver kolonne sin egen overskriftscelle og importer igjen.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”; its sheets are {sheets}.</source>
        <translation>{file} har ikke noe ark med navnet «{sheet}»; arkene er {sheets}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: you do not have permission to write there; choose another folder.</source>
        <translation>Kan ikke skrive {path}: du har ikke tillatelse til å skrive der; velg en annen mappe.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; free some space and export again. No file was written.</source>
        <translation>Disken med {path} er full; frigjør plass og eksporter på nytt. Ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. No file was written.</source>
        <translation>Kan ikke skrive {path}: {reason}. Ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} er en mappe; oppgi navnet på filen som skal skrives.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another one.</source>
        <translation>Mappen {folder} finnes ikke; opprett den, eller velg en annen.</translation>
    </message>
    <message>
        <source>{path} is the registry&apos;s own database; choose another file for the report.</source>
        <translation>{path} er registerets egen database; velg en annen fil for rapporten.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
    <message>
        <source>Rows in conflict: {count}. They are left out; to import them after all, grant the roles again (--grant-revoked-roles).</source>
        <translation>Rader i konflikt: {count}. De utelates; for å importere dem likevel må rollene gis tilbake (--grant-revoked-roles).</translation>
    </message>
    <message>
        <source>Those are the first {shown} of {count} rows in error. All of them, by kind:</source>
        <translation>Det er de første {shown} av {count} rader med feil. Alle, etter slag:</translation>
    </message>
    <message>
        <source>{count} rows like line {line}: {reason}</source>
        <translation>{count} rader som linje {line}: {reason}</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header has {width}; a delimiter is missing or extra (check for an unquoted delimiter inside a cell).</source>
        <translation>Raden har {cells} celler, men overskriften har {width}; et skilletegn mangler eller er til overs (se etter et skilletegn uten anførselstegn inne i en celle).</translation>
    </message>
    <message>
        <source>This account is already on line {first}; an account may appear only once in a file.</source>
        <translation>Kontoen står allerede på linje {first}; en konto kan bare stå én gang i en fil.</translation>
    </message>
    <message>
        <source>{label} “{value}” should be yes or no.</source>
        <translation>{label} «{value}» skal være ja eller nei.</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>“{value}” is not a moment in time such as 2026-12-31T10:11:12Z.</source>
        <translation>«{value}» er ikke et tidspunkt som 2026-12-31T10:11:12Z.</translation>
    </message>
    <message>
        <source>The url {url} is another account than platform {platform} and handle {handle}; correct one of them.</source>
        <translation>Adressen {url} er en annen konto enn plattform {platform} og brukernavn {handle}; rett en av dem.</translation>
    </message>
    <message>
        <source>Terms agreed on is required with a disposition: the date the handover terms were agreed.</source>
        <translation type="vanished">Vilkår avtalt den må fylles ut sammen med Ved fratreden: datoen overdragelsesvilkårene ble avtalt.</translation>
    </message>
    <message>
        <source>Handover terms need a disposition; fill it in, or clear the other handover terms cells of this row.</source>
        <translation>Overdragelsesvilkår må ha en verdi i Ved fratreden; fyll den ut, eller tøm radens andre celler om overdragelsesvilkår.</translation>
    </message>
    <message>
        <source>Administrator “{entry}” should be written as Name &lt;email&gt; (role), for example Jane Doe &lt;jane@acme.dk&gt; (admin).</source>
        <translation>Administrator «{entry}» skal skrives som Navn &lt;email&gt; (rolle), for eksempel Jane Doe &lt;jane@acme.dk&gt; (admin).</translation>
    </message>
    <message>
        <source>The role of “{entry}” is not one of: {allowed}.</source>
        <translation>Rollen i «{entry}» er ikke en av: {allowed}.</translation>
    </message>
    <message>
        <source>The email of “{entry}” is not an email address (expected name@example.com).</source>
        <translation>E-posten i «{entry}» er ikke en e-postadresse (forventet navn@eksempel.no).</translation>
    </message>
    <message>
        <source>The name in “{entry}” is too long or holds control characters.</source>
        <translation>Navnet i «{entry}» er for langt eller inneholder kontrolltegn.</translation>
    </message>
    <message>
        <source>{label}: {email} is not in the registry, and the file gives no name for them; add the name.</source>
        <translation>{label}: {email} finnes ikke i registeret, og filen oppgir ikke noe navn; legg til navnet.</translation>
    </message>
    <message>
        <source>{email} is named “{name}” here but “{other}” on line {line}; use one name.</source>
        <translation>{email} heter «{name}» her, men «{other}» på linje {line}; bruk ett navn.</translation>
    </message>
    <message>
        <source>{label}: {count} people in the registry are called {name}; give their email.</source>
        <translation>{label}: {count} personer i registeret heter {name}; oppgi e-postadressen.</translation>
    </message>
    <message>
        <source>{label}: {name} is not in the registry; give their email so they can be added.</source>
        <translation>{label}: {name} finnes ikke i registeret; oppgi e-postadressen så personen kan legges til.</translation>
    </message>
    <message>
        <source>{person} stays {role}: an import never revokes a role; revoke it in the registry with a reason.</source>
        <translation>{person} forblir {role}: en import trekker aldri tilbake en rolle; trekk den tilbake i registeret med en begrunnelse.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">«{text}» er ikke en dato (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">«{text}» er ikke en dato som finnes (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year; write the year in full (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">«{text}» har et tosifret årstall; skriv hele årstallet (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year more than 50 years from now; write the year in full (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">«{text}» har et tosifret årstall som ligger mer enn 50 år fra i dag; skriv hele årstallet (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” is not a complete date (for example 31.12.2026 or 2026-12-31).</source>
        <translation type="vanished">«{text}» er ikke en fullstendig dato (f.eks. 31.12.2026 eller 2026-12-31).</translation>
    </message>
    <message>
        <source>“{text}” could be {one} or {other}; write it as {first} or {second}.</source>
        <translation>«{text}» kan være {one} eller {other}; skriv den som {first} eller {second}.</translation>
    </message>
    <message>
        <source>The checklist templates in {path} cannot be used: {problem}</source>
        <translation>Sjekklistemalene i {path} kan ikke brukes: {problem}</translation>
    </message>
    <message>
        <source>The checklist templates in {path}, line {line} cannot be used: {problem}</source>
        <translation>Sjekklistemalene i {path}, linje {line}, kan ikke brukes: {problem}</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>filen kan ikke leses ({reason}).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>filen er ikke UTF-8-tekst; lagre den som UTF-8.</translation>
    </message>
    <message>
        <source>it is not valid TOML ({detail}).</source>
        <translation>det er ikke gyldig TOML ({detail}).</translation>
    </message>
    <message>
        <source>“{key}” is not a setting of the file; it has “functions” and [[item]] tables.</source>
        <translation>«{key}» er ikke en innstilling i filen; den har «functions» og [[item]]-tabeller.</translation>
    </message>
    <message>
        <source>“functions” must list the teams items can be assigned to, e.g. functions = [&quot;HR&quot;, &quot;Communications&quot;, &quot;IT&quot;].</source>
        <translation>«functions» må liste opp teamene punkter kan tildeles, f.eks. functions = [&quot;HR&quot;, &quot;Communications&quot;, &quot;IT&quot;].</translation>
    </message>
    <message>
        <source>“leaver” and “successor” are always available as assignees; do not list them in “functions”.</source>
        <translation>«leaver» og «successor» kan alltid tildeles punkter; ikke list dem opp i «functions».</translation>
    </message>
    <message>
        <source>it has no [[item]] tables; a checklist needs at least one item.</source>
        <translation>den har ingen [[item]]-tabeller; en sjekkliste må ha minst ett punkt.</translation>
    </message>
    <message>
        <source>the action “{action}” is used twice; each item needs its own action.</source>
        <translation>handlingen «{action}» brukes to ganger; hvert punkt må ha sin egen handling.</translation>
    </message>
    <message>
        <source>“{key}” is not something an item can have; use: {allowed}.</source>
        <translation>«{key}» er ikke noe et punkt kan ha; bruk: {allowed}.</translation>
    </message>
    <message>
        <source>this item has no “{key}”; every item needs action, title, assignee and due.</source>
        <translation>dette punktet har ingen «{key}»; hvert punkt må ha action, title, assignee og due.</translation>
    </message>
    <message>
        <source>an action is a short id of lowercase letters, digits and _, starting with a letter (e.g. “rotate_shared_login”).</source>
        <translation>en handling er en kort id av små bokstaver, sifre og _, som begynner med en bokstav (f.eks. «rotate_shared_login»).</translation>
    </message>
    <message>
        <source>item “{action}” needs a title: the text of the checklist item.</source>
        <translation>punktet «{action}» må ha en tittel: teksten i sjekklistepunktet.</translation>
    </message>
    <message>
        <source>item “{action}” has scope “{scope}”; use “account” or “general”.</source>
        <translation>punktet «{action}» har scope «{scope}»; bruk «account» eller «general».</translation>
    </message>
    <message>
        <source>the title of item “{action}” has a stray brace ({detail}); write placeholders as {{leaver}}.</source>
        <translation>tittelen på punktet «{action}» har en løs klamme ({detail}); skriv plassholdere som {{leaver}}.</translation>
    </message>
    <message>
        <source>the title of item “{action}” uses {placeholder}, which is not one of: {allowed}.</source>
        <translation>tittelen på punktet «{action}» bruker {placeholder}, som ikke er en av: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” is assigned to “{assignee}”, which is not one of: {allowed}.</source>
        <translation>punktet «{action}» er tildelt «{assignee}», som ikke er en av: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” has due = {due}; give a whole number of business days between -{limit} and {limit} (negative: before the last working day).</source>
        <translation>punktet «{action}» har due = {due}; oppgi et helt antall arbeidsdager mellom -{limit} og {limit} (negativt: før den siste arbeidsdagen).</translation>
    </message>
    <message>
        <source>item “{action}” has effect “{effect}”; use one of: {allowed}, or leave it out.</source>
        <translation>punktet «{action}» har effect «{effect}»; bruk en av: {allowed}, eller utelat den.</translation>
    </message>
    <message>
        <source>item “{action}”: “{key}” must be true or false.</source>
        <translation>punktet «{action}»: «{key}» må være true eller false.</translation>
    </message>
    <message>
        <source>item “{action}”: “{key}” must be a list such as [&quot;{example}&quot;].</source>
        <translation>punktet «{action}»: «{key}» må være en liste som [&quot;{example}&quot;].</translation>
    </message>
    <message>
        <source>item “{action}”: “{value}” is not one of the values of “{key}”; use: {allowed}.</source>
        <translation>punktet «{action}»: «{value}» er ikke en av verdiene for «{key}»; bruk: {allowed}.</translation>
    </message>
    <message>
        <source>item “{action}” is general (one per offboarding), so it cannot have the condition “{key}”; conditions are for account items.</source>
        <translation>punktet «{action}» er generelt (ett per fratredelse), så det kan ikke ha betingelsen «{key}»; betingelser er for kontopunkter.</translation>
    </message>
    <message>
        <source>item “{action}” is general, so completing it cannot change an account&apos;s roles.</source>
        <translation>punktet «{action}» er generelt, så det kan ikke endre en kontos roller når det utføres.</translation>
    </message>
    <message>
        <source>item “{action}” hands accounts over, which a personal account never is; give it a “kind” list without “personal”.</source>
        <translation>punktet «{action}» overdrar kontoer, noe en personlig konto aldri blir; gi det en «kind»-liste uten «personal».</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of a file.</source>
        <translation>{path} er en mappe; oppgi navnet på en fil.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>Mappen {folder} finnes ikke; opprett den, eller velg en annen.</translation>
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
        <translation>Kan ikke skrive {path}: PDF-filen kunne ikke lages.</translation>
    </message>
    <message>
        <source>{where} is not empty (accounts: {accounts}, people: {people}); the sample organisation goes into an empty database: use --db with a new file.</source>
        <translation>{where} er ikke tom (kontoer: {accounts}, personer: {people}); eksempelorganisasjonen skal inn i en tom database: bruk --db med en ny fil.</translation>
    </message>
    <message>
        <source>backup copies an SQLite file; for a server database use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>backup kopierer en SQLite-fil; bruk serverens egne sikkerhetskopiverktøy for en serverdatabase (for PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept.</source>
        <translation>avbrutt; ingenting halvskrevet ble beholdt.</translation>
    </message>
    <message>
        <source>Someone else saved a conflicting change at the same moment; reload and make your change again.</source>
        <translation>Noen andre lagret en motstridende endring i samme øyeblikk; last inn på nytt og gjør endringen igjen.</translation>
    </message>
    <message>
        <source>“{address}” is not a database address; give a file path or a URL such as postgresql://host/registry.</source>
        <translation>«{address}» er ikke en databaseadresse; oppgi en filbane eller en URL som postgresql://host/registry.</translation>
    </message>
    <message>
        <source>An in-memory database would lose everything on exit; give a file path.</source>
        <translation>En database i minnet ville miste alt ved avslutning; oppgi en filbane.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder is read-only for you; choose another location.</source>
        <translation>Kan ikke opprette {path}: mappen er skrivebeskyttet for deg; velg en annen plassering.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Kan ikke opprette {path}: {reason}.</translation>
    </message>
    <message>
        <source>Account Registry cannot talk to “{driver}” databases: the driver is unknown or not installed.</source>
        <translation>Account Registry kan ikke snakke med «{driver}»-databaser: driveren er ukjent eller ikke installert.</translation>
    </message>
    <message>
        <source>Cannot use the database server {where}: {detail}</source>
        <translation type="vanished">Kan ikke bruke databaseserveren {where}: {detail}</translation>
    </message>
    <message>
        <source>{where} is locked by another program (perhaps another Account Registry window); close it and try again.</source>
        <translation>{where} er låst av et annet program (kanskje et annet Account Registry-vindu); lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; close it and try again.</source>
        <translation>{where} er låst av et annet program; lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>{where} is read-only for you; ask for write access or open a copy.</source>
        <translation>{where} er skrivebeskyttet for deg; be om skrivetilgang eller åpne en kopi.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again. Nothing was saved.</source>
        <translation>Disken med {where} er full; frigjør plass og prøv igjen. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>{where} is damaged; restore it from a backup (Account Registry keeps one beside it before every upgrade).</source>
        <translation>{where} er skadet; gjenopprett den fra en sikkerhetskopi (Account Registry lagrer en ved siden av den før hver oppgradering).</translation>
    </message>
    <message>
        <source>{where} is not an Account Registry database (it is not an SQLite file); nothing was changed.</source>
        <translation>{where} er ikke en Account Registry-database (det er ikke en SQLite-fil); ingenting ble endret.</translation>
    </message>
    <message>
        <source>Cannot open {where}: check that the folder exists and that you may write to it.</source>
        <translation>Kan ikke åpne {where}: sjekk at mappen finnes og at du har lov til å skrive i den.</translation>
    </message>
    <message>
        <source>You do not have permission to use {where}.</source>
        <translation>Du har ikke tillatelse til å bruke {where}.</translation>
    </message>
    <message>
        <source>Reading or writing {where} failed (a disk or network drive problem); check the drive and try again.</source>
        <translation>Lesing eller skriving av {where} mislyktes (et problem med disken eller nettverksstasjonen); sjekk stasjonen og prøv igjen.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Account Registry (schema {revision}); install that version to open it. Nothing was changed.</source>
        <translation>{where} ble skrevet av en nyere versjon av Account Registry (skjema {revision}); installer den versjonen for å åpne den. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not an Account Registry database; nothing was changed.</source>
        <translation>{path} er en SQLite-database fra et annet program, ikke en Account Registry-database; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path, or create a registry there first: “accountregistry settings set --name …” for your organisation, or “accountregistry demo” for the sample.</source>
        <translation>{path} finnes ikke; sjekk banen, eller opprett først et register der: «accountregistry settings set --name …» for organisasjonen deres eller «accountregistry demo» for eksempelet.</translation>
    </message>
    <message>
        <source>{where} needs an upgrade to this version&apos;s schema; run “accountregistry migrate”.</source>
        <translation>{where} må oppgraderes til denne versjonens skjema; kjør «accountregistry migrate».</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>Sikkerhetskopien må skrives til en annen fil enn selve databasen.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} finnes allerede; velg et nytt filnavn for sikkerhetskopien.</translation>
    </message>
    <message>
        <source>There is no person with id {person_id}.</source>
        <translation>Det finnes ingen person med id {person_id}.</translation>
    </message>
    <message>
        <source>No person with the work email “{email}” is in the registry.</source>
        <translation>Det finnes ingen person med jobb-e-posten «{email}» i registeret.</translation>
    </message>
    <message>
        <source>{name} already has the work email {email}.</source>
        <translation>{name} har allerede jobb-e-posten {email}.</translation>
    </message>
    <message>
        <source>A person who is leaving or has left needs a last working day.</source>
        <translation>En person som slutter eller har sluttet, må ha en siste arbeidsdag.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>En person kan ikke være sin egen leder.</translation>
    </message>
    <message>
        <source>Person {person_id} was already anonymised; it cannot be undone.</source>
        <translation>Person {person_id} er allerede anonymisert; det kan ikke angres.</translation>
    </message>
    <message>
        <source>{name} is {status}; only people who have left can be anonymised.</source>
        <translation>{name} er {status}; bare personer som har fratrådt, kan anonymiseres.</translation>
    </message>
    <message>
        <source>{name} still holds active roles ({count}); revoke them or finish the offboarding first. Nothing was changed.</source>
        <translation>{name} har fortsatt aktive roller ({count}); tilbakekall dem eller fullfør fratredelsen først. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The command line writes the access request as JSON (FILE.json); for a readable PDF use People → Privacy → Export this person&apos;s data… in the window.</source>
        <translation type="vanished">Kommandolinjen skriver innsynet som JSON (FIL.json); bruk Personer → Personvern → Eksporter denne personens data… i vinduet for en lesbar PDF.</translation>
    </message>
    <message>
        <source>{name} has an open offboarding; close or cancel it first. Nothing was changed.</source>
        <translation>{name} har en åpen fratredelse; lukk eller avbryt den først. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>{label}: a person cannot be their own manager.</source>
        <translation>{label}: en person kan ikke være sin egen leder.</translation>
    </message>
    <message>
        <source>The chosen manager is not in the registry.</source>
        <translation>Den valgte lederen finnes ikke i registeret.</translation>
    </message>
    <message>
        <source>“{value}” is not a layout of the report; use one of {allowed}.</source>
        <translation>«{value}» er ikke et oppsett for rapporten; bruk et av {allowed}.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than the import reads: at most {limit} MB, and no part more than {ratio} times its packed size. Split it into smaller files.</source>
        <translation type="vanished">{file} blir større utpakket enn importen leser: høyst {limit} MB, og ingen del mer enn {ratio} ganger sin pakkede størrelse. Del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>The columns of {file} seem shifted from line {line}: {count} rows from there on do not have the header&apos;s {width} cells, so their values would land under the wrong headings. A delimiter inside a cell was probably not quoted, or a spreadsheet split a cell in two.</source>
        <translation>Kolonnene i {file} ser ut til å være forskjøvet fra linje {line}: {count} rader derfra har ikke overskriftens {width} celler, så verdiene deres ville havnet under feil overskrifter. Et skilletegn i en celle er trolig ikke satt i anførselstegn, eller et regneark har delt en celle i to.</translation>
    </message>
    <message>
        <source>31 Dec 2026 or 2026-12-31</source>
        <translation>31.12.2026 eller 2026-12-31</translation>
    </message>
    <message>
        <source>{path} already exists; give another file name, or add --replace to write over it. Nothing was written.</source>
        <translation>{path} finnes allerede; oppgi et annet filnavn, eller legg til --replace for å skrive over den. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the part that makes PDFs stopped unexpectedly (status {status}); what it said is above. Nothing was written.</source>
        <translation>Kan ikke skrive {path}: delen som lager PDF-er, stoppet uventet (status {status}); det den skrev, står ovenfor. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>There is no account with id {account_id}.</source>
        <translation>Det finnes ingen konto med id {account_id}.</translation>
    </message>
    <message>
        <source>“{text}” is neither an account id nor an account address: {reason}</source>
        <translation>«{text}» er verken en konto-id eller en kontoadresse: {reason}</translation>
    </message>
    <message>
        <source>{url} is not in the registry.</source>
        <translation>{url} finnes ikke i registeret.</translation>
    </message>
    <message>
        <source>{platform} {handle} is already in the registry.</source>
        <translation>{platform} {handle} finnes allerede i registeret.</translation>
    </message>
    <message>
        <source>Paste the account&apos;s address, or choose a platform and type the handle.</source>
        <translation>Lim inn kontoens adresse, eller velg en plattform og skriv brukernavnet.</translation>
    </message>
    <message>
        <source>{platform} has no {presence}; choose one of: {allowed}.</source>
        <translation>{platform} har ingen {presence}; velg en av: {allowed}.</translation>
    </message>
    <message>
        <source>Type the {platform} handle, or paste the address.</source>
        <translation>Skriv brukernavnet på {platform}, eller lim inn adressen.</translation>
    </message>
    <message>
        <source>The chosen holder is not in the registry.</source>
        <translation>Den valgte innehaveren finnes ikke i registeret.</translation>
    </message>
    <message>
        <source>The chosen escalation contact is not in the registry.</source>
        <translation>Den valgte eskaleringskontakten finnes ikke i registeret.</translation>
    </message>
    <message>
        <source>{name} is already {role} of this account.</source>
        <translation>{name} er allerede {role} for denne kontoen.</translation>
    </message>
    <message>
        <source>There is no role grant with id {role_id}.</source>
        <translation>Det finnes ingen rolletildeling med id {role_id}.</translation>
    </message>
    <message>
        <source>This role was already revoked on {day}.</source>
        <translation>Rollen ble allerede fjernet den {day}.</translation>
    </message>
    <message>
        <source>A role cannot be revoked before it was granted ({day}).</source>
        <translation>En rolle kan ikke fjernes før den ble tildelt ({day}).</translation>
    </message>
    <message>
        <source>The chosen successor is not in the registry.</source>
        <translation>Den valgte etterfølgeren finnes ikke i registeret.</translation>
    </message>
    <message>
        <source>“{value}” is not an email domain (expected e.g. acme.dk).</source>
        <translation>«{value}» er ikke et e-postdomene (forventet f.eks. acme.no).</translation>
    </message>
    <message>
        <source>There is no offboarding with id {case_id}.</source>
        <translation>Det finnes ingen fratredelse med id {case_id}.</translation>
    </message>
    <message>
        <source>There is no checklist item with id {item_id}.</source>
        <translation>Det finnes ikke noe sjekklistepunkt med id {item_id}.</translation>
    </message>
    <message>
        <source>{name} has no offboarding; start one first.</source>
        <translation>{name} har ingen fratredelse; start en først.</translation>
    </message>
    <message>
        <source>The last working day {day} is more than {days} days ago; check the year.</source>
        <translation>Den siste arbeidsdagen {day} ligger mer enn {days} dager tilbake i tid; sjekk årstallet.</translation>
    </message>
    <message>
        <source>The last working day {day} is more than two years ahead; check the year.</source>
        <translation>Den siste arbeidsdagen {day} ligger mer enn to år fram i tid; sjekk årstallet.</translation>
    </message>
    <message>
        <source>{name} cannot be their own successor; choose someone who stays.</source>
        <translation>{name} kan ikke være sin egen etterfølger; velg noen som blir.</translation>
    </message>
    <message>
        <source>{name} has left the company and cannot be the successor.</source>
        <translation>{name} har sluttet og kan ikke være etterfølger.</translation>
    </message>
    <message>
        <source>{name} has already left; an offboarding is started before the last working day.</source>
        <translation>{name} har allerede sluttet; en fratredelse startes før den siste arbeidsdagen.</translation>
    </message>
    <message>
        <source>{name} already has an open offboarding (last working day {day}); change that one instead.</source>
        <translation>{name} har allerede en åpen fratredelse (siste arbeidsdag {day}); endre den i stedet.</translation>
    </message>
    <message>
        <source>{name} already has an open offboarding; reload and change that one.</source>
        <translation>{name} har allerede en åpen fratredelse; last inn på nytt og endre den.</translation>
    </message>
    <message>
        <source>{name} has another open offboarding; close or cancel it before reopening this one.</source>
        <translation>{name} har en annen åpen fratredelse; lukk eller avbryt den før du gjenåpner denne.</translation>
    </message>
    <message>
        <source>This offboarding is closed; reopen it first.</source>
        <translation>Fratredelsen er lukket; gjenåpne den først.</translation>
    </message>
    <message>
        <source>This offboarding was cancelled; reopen it first.</source>
        <translation>Fratredelsen er avbrutt; gjenåpne den først.</translation>
    </message>
    <message>
        <source>This offboarding is already {status}.</source>
        <translation>Fratredelsen er allerede {status}.</translation>
    </message>
    <message>
        <source>This offboarding is {status}; only an open one can be cancelled.</source>
        <translation>Fratredelsen er {status}; bare en åpen fratredelse kan avbrytes.</translation>
    </message>
    <message>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv hvorfor du gjenåpner fratredelsen; en begrunnelse er påkrevd.</translation>
    </message>
    <message>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv hvorfor du avbryter fratredelsen; en begrunnelse er påkrevd.</translation>
    </message>
    <message>
        <source>Item {number} is already done ({by}); reopen it first to change it.</source>
        <translation>Punkt {number} er allerede utført ({by}); gjenåpne det først for å endre det.</translation>
    </message>
    <message>
        <source>Item {number} was waived ({reason}); reopen it first to change it.</source>
        <translation>Punkt {number} er frafalt ({reason}); gjenåpne det først for å endre det.</translation>
    </message>
    <message>
        <source>Item {number} is already open.</source>
        <translation>Punkt {number} er allerede åpent.</translation>
    </message>
    <message>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv hvorfor punktet frafalles; et frafalt punkt krever en begrunnelse.</translation>
    </message>
    <message>
        <source>{account} is a personal account: it stays with its holder and is never handed over; waive this item with a reason instead.</source>
        <translation>{account} er en personlig konto: den blir hos innehaveren og overdras aldri; frafall i stedet punktet med en begrunnelse.</translation>
    </message>
    <message>
        <source>Choose a successor for the offboarding of {leaver} before completing this handover: {leaver}&apos;s roles on {account} go to the successor.</source>
        <translation>Velg en etterfølger i fratredelsen for {leaver} før denne overdragelsen utføres: rollene på {account} for {leaver} går til etterfølgeren.</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} cannot be closed yet. Remaining: {count}.</source>
        <translation>Fratredelsen for {leaver} kan ikke lukkes ennå. Gjenstår: {count}.</translation>
    </message>
    <message>
        <source>The keyring failed; try again.</source>
        <translation>Nøkkelringen feilet; prøv igjen.</translation>
    </message>
    <message>
        <source>The keyring failed ({error}); try again, and if it keeps failing, restart your keyring application.</source>
        <translation>Nøkkelringen feilet ({error}); prøv igjen, og start nøkkelringprogrammet på nytt hvis det fortsetter å feile.</translation>
    </message>
    <message>
        <source>The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your keyring application, or by logging in again) and try again.</source>
        <translation>Nøkkelringen er låst, eller forespørselen om å låse den opp ble avvist; lås den opp (for eksempel i nøkkelringprogrammet ditt eller ved å logge inn på nytt) og prøv igjen.</translation>
    </message>
    <message>
        <source>The keyring did not answer in time; check whether it is showing an unlock prompt, or restart it, and try again.</source>
        <translation>Nøkkelringen svarte ikke i tide; sjekk om den ber om å bli låst opp, eller start den på nytt, og prøv igjen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer; install and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Det finnes ingen nøkkelring på denne datamaskinen; installer og lås opp en Secret Service, for eksempel GNOME-nøkkelring eller KWallet, og prøv så igjen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer; check that the operating system&apos;s credential store works, then try again.</source>
        <translation>Det finnes ingen nøkkelring på denne datamaskinen; sjekk at operativsystemets lager for påloggingsinformasjon virker, og prøv så igjen.</translation>
    </message>
    <message>
        <source>Keyring storage is switched off (the null keyring is configured); choose the operating system&apos;s keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.</source>
        <translation>Lagring i nøkkelring er slått av (null-nøkkelringen er valgt); velg operativsystemets nøkkelring i keyringrc.cfg eller PYTHON_KEYRING_BACKEND for å lagre innlogginger.</translation>
    </message>
    <message>
        <source>The configured keyring keeps secrets in a file of its own, not in the operating system&apos;s keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager instead.</source>
        <translation>Den valgte nøkkelringen lagrer hemmeligheter i en egen fil, ikke i operativsystemets nøkkelring; velg i stedet GNOME-nøkkelring, KWallet, macOS-nøkkelringen eller Windows Legitimasjonsbehandling.</translation>
    </message>
    <message>
        <source>The keyring has no usable default collection; open your keyring application (such as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.</source>
        <translation>Nøkkelringen har ingen brukbar standardsamling; åpne nøkkelringprogrammet ditt (for eksempel Seahorse eller KWallet Manager), opprett eller lås opp standardnøkkelringen, og prøv igjen.</translation>
    </message>
    <message>
        <source>{label} is not stored in the keyring for account {account_id}; set it again.</source>
        <translation>{label} er ikke lagret i nøkkelringen for konto {account_id}; angi det på nytt.</translation>
    </message>
    <message>
        <source>{label} is not stored in the keyring for account {account_id}.</source>
        <translation>{label} er ikke lagret i nøkkelringen for konto {account_id}.</translation>
    </message>
    <message>
        <source>Account {account_id} has no stored login to mark as rotated; store it first.</source>
        <translation>Konto {account_id} har ingen lagret innlogging å merke som byttet; lagre den først.</translation>
    </message>
    <message>
        <source>That is not a login field; choose one of: {allowed}.</source>
        <translation>Det er ikke et innloggingsfelt; velg ett av: {allowed}.</translation>
    </message>
    <message>
        <source>{label} is empty; type or paste it.</source>
        <translation>{label}: feltet er tomt; skriv eller lim inn.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}: for langt (høyst {limit} tegn).</translation>
    </message>
    <message>
        <source>Give the secret on standard input.</source>
        <translation>Angi hemmeligheten på standard inn.</translation>
    </message>
    <message>
        <source>A personal account&apos;s login belongs to its holder; the registry does not store it.</source>
        <translation>Innloggingen til en personlig konto tilhører innehaveren; registeret lagrer den ikke.</translation>
    </message>
    <message>
        <source>Record whether account {account_id} is a company, employee-role or personal account before storing its login.</source>
        <translation>Registrer om konto {account_id} er en bedriftskonto, en ansattrollekonto eller en personlig konto før innloggingen lagres.</translation>
    </message>
    <message>
        <source>Consent to ambassador work is given for a personal profile; this is a {kind} account, which the company uses without anyone&apos;s consent.</source>
        <translation>Samtykke til ambassadørarbeid gis for en personlig profil; dette er en konto av typen {kind}, som selskapet bruker uten noens samtykke.</translation>
    </message>
    <message>
        <source>Record that this is a personal account before recording its holder&apos;s consent.</source>
        <translation>Registrer at dette er en personlig konto før innehaverens samtykke registreres.</translation>
    </message>
    <message>
        <source>Record whose profile this is (its holder) before recording their consent.</source>
        <translation>Registrer hvem profilen tilhører (innehaveren) før samtykket registreres.</translation>
    </message>
    <message>
        <source>Consent for this profile is already recorded (given on {day}); withdraw it first to record a new one.</source>
        <translation>Samtykke for denne profilen er allerede registrert (gitt {day}); trekk det tilbake først for å registrere et nytt.</translation>
    </message>
    <message>
        <source>“{value}” is not something the company may ask; use: {allowed}.</source>
        <translation>«{value}» er ikke noe selskapet kan be om; bruk: {allowed}.</translation>
    </message>
    <message>
        <source>There is no consent record with id {record_id}.</source>
        <translation type="vanished">Det finnes ingen samtykkeregistrering med id {record_id}.</translation>
    </message>
    <message>
        <source>{option} takes NAME=TEXT; “{value}” has no “=”.</source>
        <translation>{option} tar NAVN=TEKST; «{value}» har ingen «=».</translation>
    </message>
    <message>
        <source>“{area}” is not an area of the policy; use one of: {allowed}, or add an area of your own with its heading.</source>
        <translation>«{area}» er ikke et område i retningslinjene; bruk ett av: {allowed}, eller legg til et eget område med overskrift.</translation>
    </message>
    <message>
        <source>Write the policy&apos;s text for at least one area.</source>
        <translation>Skriv teksten for minst ett område.</translation>
    </message>
    <message>
        <source>No version of the social-media policy is in force yet; record one first.</source>
        <translation>Ingen versjon av retningslinjene for sosiale medier gjelder ennå; registrer en først.</translation>
    </message>
    <message>
        <source>There is no version {version} of the social-media policy.</source>
        <translation>Retningslinjene for sosiale medier har ingen versjon {version}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; a list of acknowledgements is one work email and date per line.</source>
        <translation>{file} er større enn {limit} MB; en liste over bekreftelser er én jobb-e-post og dato per linje.</translation>
    </message>
    <message>
        <source>{file} is not text in UTF-8; save the list as UTF-8 text or CSV.</source>
        <translation>{file} er ikke tekst i UTF-8; lagre listen som UTF-8-tekst eller CSV.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Kan ikke lese {file}: {reason}.</translation>
    </message>
    <message>
        <source>url;display_name;kind (or platform;handle;…)</source>
        <translation>url;display_name;kind (eller platform;handle;…)</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the import reads from a workbook: at most {limit} MB, and no part more than {ratio} times its packed size. Import it as a CSV file (the export writes CSV too), or split it into smaller files.</source>
        <translation type="vanished">{file} blir {size} MB utpakket, mer enn importen leser fra en arbeidsbok: høyst {limit} MB, og ingen del mer enn {ratio} ganger sin pakkede størrelse. Importer den som en CSV-fil (eksporten skriver også CSV), eller del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the {limit} MB the import reads from a workbook: to import these accounts again, export them as CSV.</source>
        <translation>{file} blir {size} MB utpakket, mer enn de {limit} MB importen leser fra en arbeidsbok: eksporter kontoene som CSV for å kunne importere dem igjen.</translation>
    </message>
    <message>
        <source>Cells with formulas in {file}: {count}. Each is read as its formula&apos;s text, as typed (such as “=A1+1”), never calculated.</source>
        <translation>Celler med formler i {file}: {count}. Hver leses som formelens tekst, slik den er skrevet (for eksempel «=A1+1»), og beregnes aldri.</translation>
    </message>
    <message>
        <source>The columns of {file} seem shifted from line {line}: the column “{column}” holds what belongs under “{holds}” in {count} of the {rows} rows from there on. A cell was probably added or left out in those rows; the reasons for each line follow.</source>
        <translation>Kolonnene i {file} ser ut til å være forskjøvet fra linje {line}: kolonnen «{column}» inneholder det som hører til under «{holds}», i {count} av de {rows} radene derfra. En celle er trolig lagt til eller utelatt i de radene; årsakene for hver linje følger.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (for example {example}).</source>
        <translation>«{text}» er ikke en dato (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists (for example {example}).</source>
        <translation>«{text}» er ikke en dato som finnes (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{text}” has a two-digit year more than 50 years from now; write the year in full (for example {example}).</source>
        <translation>«{text}» har et tosifret årstall som ligger mer enn 50 år fra i dag; skriv hele årstallet (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{text}” is not a complete date (for example {example}).</source>
        <translation>«{text}» er ikke en fullstendig dato (f.eks. {example}).</translation>
    </message>
    <message>
        <source>[former employee {id}]</source>
        <translation>[tidligere ansatt {id}]</translation>
    </message>
    <message>
        <source>Ambassador consent is its holder&apos;s own record, not a field of the account: record it with “consent give ACCOUNT” and end it with “consent withdraw ACCOUNT”.</source>
        <translation>Samtykke til ambassadørarbeid er innehaverens egen registrering, ikke et felt på kontoen: registrer det med «consent give ACCOUNT», og avslutt det med «consent withdraw ACCOUNT».</translation>
    </message>
    <message>
        <source>This person holds or administers no account that is looked after: there is nothing for them to agree to.</source>
        <translation>Personen har eller administrerer ingen konto som følges opp: det er ingenting å avtale.</translation>
    </message>
    <message>
        <source>There is no offboarding for this person; a handover confirmation belongs to one.</source>
        <translation>Det finnes ingen fratreden for personen; en overdragelsesbekreftelse hører til en.</translation>
    </message>
    <message>
        <source>There is no agreement with id {agreement_id}.</source>
        <translation>Det finnes ingen avtale med id {agreement_id}.</translation>
    </message>
    <message>
        <source>{account}: handover terms now version {current} (agreed: {covered})</source>
        <translation>{account}: overleveringsvilkårene er nå versjon {current} (avtalt: {covered})</translation>
    </message>
    <message>
        <source>{account}: the mandate changed</source>
        <translation>{account}: mandatet er endret</translation>
    </message>
    <message>
        <source>{account}: held or administered now, not covered</source>
        <translation>{account}: innehas eller administreres nå, ikke dekket</translation>
    </message>
    <message>
        <source>Name the person and the file: agreement --person EMAIL -o FILE.pdf, or choose an action (record, attach, list, scan).</source>
        <translation>Oppgi personen og filen: agreement --person EMAIL -o FIL.pdf, eller velg en handling (record, attach, list, scan).</translation>
    </message>
    <message>
        <source>There is no attached scan with id {attachment_id}.</source>
        <translation>Det finnes ingen vedlagt skanning med id {attachment_id}.</translation>
    </message>
    <message>
        <source>Scan {attachment_id} was removed on {removed_on}, when the person who signed it was anonymised; the agreement&apos;s date and channel are kept.</source>
        <translation>Skanning {attachment_id} ble fjernet {removed_on}, da personen som signerte den ble anonymisert; avtalens dato og kanal er beholdt.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB; attach a scan of at most {limit} MB.</source>
        <translation>{file} er større enn {limit} MB; legg ved en skanning på høyst {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is not a PDF, PNG or JPEG file; attach the signed scan in one of those.</source>
        <translation>{file} er ikke en PDF-, PNG- eller JPEG-fil; legg ved den signerte skanningen i ett av de formatene.</translation>
    </message>
    <message>
        <source>{file} looks like a PDF, PNG or JPEG but is damaged or cut off; scan it again.</source>
        <translation>{file} ser ut som en PDF, PNG eller JPEG, men er skadet eller avkortet; skann den på nytt.</translation>
    </message>
    <message>
        <source>{file} names nobody: write one work email and date per line.</source>
        <translation>{file} nevner ingen: skriv én jobb-e-post og dato per linje.</translation>
    </message>
    <message>
        <source>Line {line} has no date: write the work email, then the day it was acknowledged.</source>
        <translation>Linje {line} har ingen dato: skriv jobb-e-posten og deretter dagen den ble bekreftet.</translation>
    </message>
    <message>
        <source>Line {line}: nobody in the registry has the work email {email}.</source>
        <translation>Linje {line}: ingen i registeret har jobb-e-posten {email}.</translation>
    </message>
    <message>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation>{leaver} er eneste eier eller administrator av {account}, og ingen etterfølger er valgt.</translation>
    </message>
    <message>
        <source>Overdue since {day}: {title}</source>
        <translation>Forsinket siden {day}: {title}</translation>
    </message>
    <message>
        <source>The last working day, {day}, has passed. Items still open: {count}.</source>
        <translation>Den siste arbeidsdagen, {day}, er passert. Åpne punkter: {count}.</translation>
    </message>
    <message>
        <source>The last working day is {day}; business days left: {days}. Items still open: {count}.</source>
        <translation>Den siste arbeidsdagen er {day}; arbeidsdager igjen: {days}. Åpne punkter: {count}.</translation>
    </message>
    <message>
        <source>item {number} is open (due {day}, {assignee}): {title}</source>
        <translation>punkt {number} er åpent (frist {day}, {assignee}): {title}</translation>
    </message>
    <message>
        <source>{leaver} is still {role} of {account}</source>
        <translation>{leaver} er fortsatt {role} for {account}</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} «{name}»</translation>
    </message>
    <message>
        <source>Other {presence} “{name}”</source>
        <translation>{presence} «{name}» på en annen plattform</translation>
    </message>
    <message>
        <source>“{platform}” is not a known platform: use one of {known}.</source>
        <translation>«{platform}» er ikke en kjent plattform: bruk en av {known}.</translation>
    </message>
    <message>
        <source>“{presence}” is not a kind of account: use {allowed}.</source>
        <translation>«{presence}» er ikke en type konto: bruk {allowed}.</translation>
    </message>
    <message>
        <source>A {platform} account cannot be a {presence}: choose {allowed}.</source>
        <translation>{platform} har ingen kontoer av typen {presence}: velg {allowed}.</translation>
    </message>
    <message>
        <source>“{address}” is not the address of an account.</source>
        <translation>«{address}» er ikke adressen til en konto.</translation>
    </message>
    <message>
        <source>Nothing was pasted: paste the address of a profile, page, group or channel (for example {example}).</source>
        <translation>Ingenting ble limt inn: lim inn adressen til en profil, side, gruppe eller kanal (for eksempel {example}).</translation>
    </message>
    <message>
        <source>The pasted text is {length} characters long, more than the {limit} a web address may have here; paste only the address itself.</source>
        <translation>Den innlimte teksten er {length} tegn lang, mer enn de {limit} en nettadresse kan ha her; lim bare inn selve adressen.</translation>
    </message>
    <message>
        <source>“{address}” is longer than {limit} characters once written as a standard web address; paste a shorter address for the same page.</source>
        <translation>«{address}» blir lengre enn {limit} tegn når den skrives som en vanlig nettadresse; lim inn en kortere adresse til samme side.</translation>
    </message>
    <message>
        <source>“{address}” contains spaces or line breaks, which a web address never has; paste only the address itself.</source>
        <translation>«{address}» inneholder mellomrom eller linjeskift, som en nettadresse aldri har; lim bare inn selve adressen.</translation>
    </message>
    <message>
        <source>“{address}” contains control characters; copy the address again from your browser&apos;s address bar.</source>
        <translation>«{address}» inneholder kontrolltegn; kopier adressen på nytt fra nettleserens adressefelt.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it should start with https:// (for example {example}).</source>
        <translation>«{address}» er ikke en nettadresse: den skal begynne med https:// (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: it has no site name after https:// (for example {example}).</source>
        <translation>«{address}» er ikke en nettadresse: det er ikke noe nettstednavn etter https:// (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: its site name “{host}” may only contain letters, digits, hyphens and dots, and must end in a domain ending such as .com.</source>
        <translation>«{address}» er ikke en nettadresse: nettstednavnet «{host}» kan bare inneholde bokstaver, sifre, bindestreker og punktum og må slutte med en domeneendelse som .no.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: its site name “{host}” has no dot in it (for example {example}).</source>
        <translation>«{address}» er ikke en nettadresse: nettstednavnet «{host}» har ikke noe punktum (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a web address: the part after the colon in its site name is not a port number.</source>
        <translation>«{address}» er ikke en nettadresse: delen etter kolonet i nettstednavnet er ikke et portnummer.</translation>
    </message>
    <message>
        <source>“{address}” uses a numeric IP address instead of a site name; paste the address with the site&apos;s name instead.</source>
        <translation>«{address}» bruker en numerisk IP-adresse i stedet for et nettstednavn; lim inn adressen med nettstedets navn i stedet.</translation>
    </message>
    <message>
        <source>“{address}” is not on {platform}: its site name {host} imitates {platform}&apos;s with look-alike letters; copy the address from {platform} itself.</source>
        <translation>«{address}» er ikke på {platform}: nettstednavnet {host} etterligner {platform} med bokstaver som bare ligner; kopier adressen fra {platform} selv.</translation>
    </message>
    <message>
        <source>“{address}” has a site name that mixes letters of different alphabets ({host}), a trick used to imitate well-known sites; copy the address again from your browser&apos;s address bar.</source>
        <translation>«{address}» har et nettstednavn som blander bokstaver fra ulike alfabeter ({host}), et triks for å etterligne kjente nettsteder; kopier adressen på nytt fra nettleserens adressefelt.</translation>
    </message>
    <message>
        <source>“{address}” has a user name or a second site name before an @, a trick used to disguise where an address leads; copy the address again from your browser&apos;s address bar.</source>
        <translation>«{address}» har et brukernavn eller et annet nettstednavn foran en @, et triks som skjuler hvor en adresse fører; kopier adressen på nytt fra nettleserens adressefelt.</translation>
    </message>
    <message>
        <source>“{address}” is an e-mail address, not a social-media account; paste the web address of the profile, page, group or channel (a Mastodon address is written @name@server).</source>
        <translation>«{address}» er en e-postadresse, ikke en konto i sosiale medier; lim inn nettadressen til profilen, siden, gruppen eller kanalen (en Mastodon-adresse skrives @navn@server).</translation>
    </message>
    <message>
        <source>“{address}” is only a name, which could belong to any platform; paste the full address of the account (for example {example}), or write a Mastodon address as @name@server.</source>
        <translation>«{address}» er bare et navn, som kan høre til hvilken som helst plattform; lim inn kontoens fullstendige adresse (for eksempel {example}), eller skriv en Mastodon-adresse som @navn@server.</translation>
    </message>
    <message>
        <source>“{address}” is a short link; open it in your browser and paste the address it shows.</source>
        <translation>«{address}» er en kortlenke; åpne den i nettleseren, og lim inn adressen den viser.</translation>
    </message>
    <message>
        <source>“{address}” is a post, photo, video or share link on {platform}, not an account; paste the address of the profile or page instead (for example {example}).</source>
        <translation>«{address}» er et innlegg, bilde, en video eller en delingslenke på {platform}, ikke en konto; lim i stedet inn adressen til profilen eller siden (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is a page of search results, not an account; open the result and paste the address of the account.</source>
        <translation>«{address}» er en side med søkeresultater, ikke en konto; åpne resultatet, og lim inn kontoens adresse.</translation>
    </message>
    <message>
        <source>“{address}” is the home page of {platform}, not an account; paste the address of the profile, page, group or channel itself (for example {example}).</source>
        <translation>«{address}» er forsiden til {platform}, ikke en konto; lim inn adressen til selve profilen, siden, gruppen eller kanalen (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not the address of an account on {platform}; paste the address of the profile, page, group or channel itself (for example {example}).</source>
        <translation>«{address}» er ikke adressen til en konto på {platform}; lim inn adressen til selve profilen, siden, gruppen eller kanalen (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a valid {platform} address: “{name}” should {rule}.</source>
        <translation>«{address}» er ikke en gyldig {platform}-adresse: «{name}» skal {rule}.</translation>
    </message>
    <message>
        <source>“{address}” stops before the account&apos;s name after “{head}”; paste the full address (for example {example}).</source>
        <translation>«{address}» slutter før kontoens navn etter «{head}»; lim inn hele adressen (for eksempel {example}).</translation>
    </message>
    <message>
        <source>“{address}” is not a valid Mastodon address: it should {rule}.</source>
        <translation>«{address}» er ikke en gyldig Mastodon-adresse: den skal {rule}.</translation>
    </message>
    <message>
        <source>“{address}” names {platform}, not a Mastodon server; paste the {platform} address of the account instead (for example {example}).</source>
        <translation>«{address}» nevner {platform}, ikke en Mastodon-server; lim i stedet inn kontoens {platform}-adresse (for eksempel {example}).</translation>
    </message>
    <message>
        <source>The {platform} handle is empty: type it, for example “{example}”.</source>
        <translation>{platform}-navnet er tomt: skriv det, for eksempel «{example}».</translation>
    </message>
    <message>
        <source>“{handle}” is not a valid handle: it must be one word without spaces or invisible characters.</source>
        <translation>«{handle}» er ikke et gyldig navn: det må være ett ord uten mellomrom eller usynlige tegn.</translation>
    </message>
    <message>
        <source>“{handle}” is not a valid {platform} {presence} handle like “{example}”: it should {rule}.</source>
        <translation>«{handle}» er ikke et gyldig navn for en {platform}-{presence} som «{example}»: det skal {rule}.</translation>
    </message>
    <message>
        <source>“{handle}” is the address of a {platform} {presence}; register it as {platform} {presence} instead.</source>
        <translation>«{handle}» er adressen til en {platform}-{presence}; registrer den som {platform}-{presence} i stedet.</translation>
    </message>
    <message>
        <source>“{handle}” cannot be turned into a {platform} address.</source>
        <translation>«{handle}» kan ikke gjøres om til en {platform}-adresse.</translation>
    </message>
    <message>
        <source>This may be {platform} {handle} (account {id}) under another name: it has the same display name, “{display_name}”.</source>
        <translation>Dette kan være {platform} {handle} (konto {id}) under et annet navn: den har samme visningsnavn, «{display_name}».</translation>
    </message>
    <message>
        <source>This may be {platform} {handle} (account {id}) under another name: its address has the same number, {number}.</source>
        <translation>Dette kan være {platform} {handle} (konto {id}) under et annet navn: adressen har samme nummer, {number}.</translation>
    </message>
    <message>
        <source>Account {id} ({platform} {handle}) would now be {platform} {new_handle}, like account {other_id}: they may be one account registered twice; archive one of them or correct its address.</source>
        <translation>Konto {id} ({platform} {handle}) ville nå vært {platform} {new_handle} akkurat som konto {other_id}: de kan være én konto registrert to ganger; arkiver en av dem, eller rett adressen.</translation>
    </message>
    <message>
        <source>This row would update account {id}, {platform} {handle}, but that account&apos;s own address {url} is now recognised as {new_platform} {new_handle}: check which account the row means, and correct that account first.</source>
        <translation>Denne raden ville oppdatere konto {id}, {platform} {handle}, men kontoens egen adresse {url} gjenkjennes nå som {new_platform} {new_handle}: sjekk hvilken konto raden mener, og rett den kontoen først.</translation>
    </message>
    <message>
        <source>be {low} to {high} letters or digits</source>
        <translation>være {low} til {high} bokstaver eller sifre</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or underscores</source>
        <translation>være {low} til {high} bokstaver, sifre eller understreker</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots or underscores</source>
        <translation>være {low} til {high} bokstaver, sifre, punktum eller understreker</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots, hyphens or underscores</source>
        <translation>være {low} til {high} bokstaver, sifre, punktum, bindestreker eller understreker</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, hyphens or underscores</source>
        <translation>være {low} til {high} bokstaver, sifre, bindestreker eller understreker</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or hyphens</source>
        <translation>være {low} til {high} bokstaver, sifre eller bindestreker</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or dots</source>
        <translation>være {low} til {high} bokstaver, sifre eller punktum</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or single hyphens, not starting or ending with a hyphen</source>
        <translation>være {low} til {high} bokstaver, sifre eller enkle bindestreker, men ikke først eller sist</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits or underscores, starting with a letter</source>
        <translation>være {low} til {high} bokstaver, sifre eller understreker og begynne med en bokstav</translation>
    </message>
    <message>
        <source>be {low} to {high} letters, digits, dots, hyphens or underscores, starting with a letter</source>
        <translation>være {low} til {high} bokstaver, sifre, punktum, bindestreker eller understreker og begynne med en bokstav</translation>
    </message>
    <message>
        <source>be up to {high} characters without spaces, slashes, colons or @</source>
        <translation>være høyst {high} tegn uten mellomrom, skråstreker, kolon eller @</translation>
    </message>
    <message>
        <source>be a number of {low} to {high} digits</source>
        <translation>være et tall på {low} til {high} sifre</translation>
    </message>
    <message>
        <source>be a phone number with its country code, {low} to {high} digits</source>
        <translation>være et telefonnummer med landskode, {low} til {high} sifre</translation>
    </message>
    <message>
        <source>be the code from the invitation link, in letters and digits</source>
        <translation>være koden fra invitasjonslenken, med bokstaver og sifre</translation>
    </message>
    <message>
        <source>be a member id: ACoAA followed by letters and digits</source>
        <translation>være en medlems-ID: ACoAA fulgt av bokstaver og sifre</translation>
    </message>
    <message>
        <source>be a channel id: UC followed by 22 letters, digits, hyphens or underscores</source>
        <translation>være en kanal-ID: UC fulgt av 22 bokstaver, sifre, bindestreker eller understreker</translation>
    </message>
    <message>
        <source>be a domain name such as {example}</source>
        <translation>være et domenenavn som {example}</translation>
    </message>
    <message>
        <source>be a DID such as did:plc: followed by 24 letters and digits</source>
        <translation>være en DID som did:plc: fulgt av 24 bokstaver og sifre</translation>
    </message>
    <message>
        <source>be a user name and its server joined by @, such as {example}</source>
        <translation>være et brukernavn og serveren det hører til, forbundet med @, som {example}</translation>
    </message>
    <message>
        <source>be a place id: ChIJ followed by letters, digits, hyphens or underscores</source>
        <translation>være en steds-ID: ChIJ fulgt av bokstaver, sifre, bindestreker eller understreker</translation>
    </message>
    <message>
        <source>{label} “{value}” is already on line {line} of the file; a person can be in it once.</source>
        <translation>{label} «{value}» står allerede på linje {line} i filen; en person kan bare stå der én gang.</translation>
    </message>
    <message>
        <source>{label} “{value}” is neither in the registry nor in the file.</source>
        <translation>{label} «{value}» finnes verken i registeret eller i filen.</translation>
    </message>
    <message>
        <source>{label}: this person has an open offboarding; change it there, not by an import.</source>
        <translation>{label}: personen har en åpen fratredelse; endre det der, ikke ved en import.</translation>
    </message>
    <message>
        <source>{path} is the registry&apos;s own database; choose another file.</source>
        <translation>{path} er registerets egen database; velg en annen fil.</translation>
    </message>
    <message>
        <source>Other changes on {where} kept getting in the way of this one; nothing was saved. Try again in a moment.</source>
        <translation>Andre endringer på {where} kom hele tiden i veien for denne; ingenting ble lagret. Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>The login “{login}” is already linked to {name}; a login belongs to one person.</source>
        <translation>Påloggingen «{login}» er allerede knyttet til {name}; en pålogging hører til én person.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied to the server.</source>
        <translation>Kopieringen ble avbrutt; ingenting ble kopiert til serveren.</translation>
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
        <translation>nei</translation>
    </message>
    <message>
        <source>accountregistry: ignored unknown columns: {columns}</source>
        <translation>accountregistry: ukjente kolonner ble hoppet over: {columns}</translation>
    </message>
    <message>
        <source>Set up access to {where}: {roles}. Give people a role with “accountregistry access grant LOGIN reader|editor|owner”.</source>
        <translation>Tilgangen til {where} er satt opp: {roles}. Gi folk en rolle med «accountregistry access grant LOGIN reader|editor|owner».</translation>
    </message>
    <message>
        <source>{login} is now {role} in {where}.</source>
        <translation>{login} er nå {role} i {where}.</translation>
    </message>
    <message>
        <source>{login} is no longer {role} in {where}.</source>
        <translation>{login} er ikke lenger {role} i {where}.</translation>
    </message>
    <message>
        <source>Saved account {id} (version {version}).</source>
        <translation>Konto {id} er lagret (versjon {version}).</translation>
    </message>
    <message>
        <source>Registered account {id}: {platform} {presence} {handle} ({url}).</source>
        <translation type="vanished">Konto {id} er registrert: {platform} {presence} {handle} ({url}).</translation>
    </message>
    <message>
        <source>Registered account {id}: {account} ({url}).</source>
        <translation>Konto {id} er registrert: {account} ({url}).</translation>
    </message>
    <message>
        <source>Wrote the holder&apos;s agreement for {person} to {path}.</source>
        <translation>Innehaverens avtale for {person} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s agreement of {day} ({channel}) as agreement {id}.</source>
        <translation>Avtalen med {person} av {day} ({channel}) er registrert som avtale {id}.</translation>
    </message>
    <message>
        <source>Recorded {person}&apos;s handover confirmation of {day} ({channel}) as agreement {id}.</source>
        <translation>Overdragelsesbekreftelsen fra {person} av {day} ({channel}) er registrert som avtale {id}.</translation>
    </message>
    <message>
        <source>Kept {name} ({media_type}, {size} bytes) with agreement {agreement} as scan {id}.</source>
        <translation>{name} ({media_type}, {size} byte) er lagret med avtale {agreement} som skanning {id}.</translation>
    </message>
    <message>
        <source>{person} has no recorded agreement.</source>
        <translation>{person} har ingen registrert avtale.</translation>
    </message>
    <message>
        <source>Wrote {name} ({media_type}) to {path}.</source>
        <translation>{name} ({media_type}) er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Recorded consent for {profile}, given on {day}; may be asked: {scope}. The profile is listed for ambassador work.</source>
        <translation>Samtykket for {profile} er registrert, gitt {day}; kan spørres om: {scope}. Profilen står på listen for ambassadørarbeid.</translation>
    </message>
    <message>
        <source>nothing named</source>
        <translation>ingenting nevnt</translation>
    </message>
    <message>
        <source>Consent for {profile} was already withdrawn on {day}; that withdrawal is kept as first recorded. The profile is {listed}.</source>
        <translation>Samtykket for {profile} var allerede trukket tilbake {day}; den tilbaketrekningen beholdes slik den først ble registrert. Profilen er {listed}.</translation>
    </message>
    <message>
        <source>Recorded that consent for {profile} is withdrawn on {day}; the profile is {listed}.</source>
        <translation>Det er registrert at samtykket for {profile} er trukket tilbake {day}; profilen er {listed}.</translation>
    </message>
    <message>
        <source>taken off the ambassador list</source>
        <translation>tatt av ambassadørlisten</translation>
    </message>
    <message>
        <source>still listed for ambassador work</source>
        <translation>fortsatt på listen for ambassadørarbeid</translation>
    </message>
    <message>
        <source>not listed for ambassador work</source>
        <translation>ikke på listen for ambassadørarbeid</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Det er ikke registrert noe samtykke.</translation>
    </message>
    <message>
        <source>Stored the {label} of {account} in the keyring.</source>
        <translation>Lagret i nøkkelringen: {label} for {account}.</translation>
    </message>
    <message>
        <source>No login is stored for {account}.</source>
        <translation>Det er ikke lagret noen innlogging for {account}.</translation>
    </message>
    <message>
        <source>No account has a stored login.</source>
        <translation>Ingen konto har en lagret innlogging.</translation>
    </message>
    <message>
        <source>Recorded that the login of {account} was rotated by {who} at {when}.</source>
        <translation>Det er registrert at innloggingen for {account} ble byttet av {who} {when}.</translation>
    </message>
    <message>
        <source>{label} for {account}, one per line; an empty line ends:</source>
        <translation>{label} for {account}, én per linje; en tom linje avslutter:</translation>
    </message>
    <message>
        <source>Upgraded {where} to schema {revision}; the previous file was copied to {backup}.</source>
        <translation>{where} er oppgradert til skjema {revision}; den forrige filen ble kopiert til {backup}.</translation>
    </message>
    <message>
        <source>{where} is at schema {revision} (this version&apos;s newest is {head}).</source>
        <translation>{where} er på skjema {revision} (denne versjonens nyeste er {head}).</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {old} to {revision}. pg_dump is not on the PATH, so no backup was written first; take one with your server&apos;s tools from now on.</source>
        <translation>{where} er oppgradert fra skjema {old} til {revision}. pg_dump finnes ikke i PATH, så det ble ikke skrevet en sikkerhetskopi først; ta en med serverens egne verktøy fra nå av.</translation>
    </message>
    <message>
        <source>Upgraded {where} from schema {old} to {revision}; pg_dump wrote a backup of the database as it was to {backup}.</source>
        <translation>{where} er oppgradert fra skjema {old} til {revision}; pg_dump skrev en sikkerhetskopi av databasen slik den var, til {backup}.</translation>
    </message>
    <message>
        <source>Copied {source} to {target}:</source>
        <translation>{source} er kopiert til {target}:</translation>
    </message>
    <message>
        <source>Backed up {where} to {path}.</source>
        <translation>Sikkerhetskopi av {where} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Filled {where} with the sample organisation {organisation}: {people} people, {accounts} accounts, {roles} administrator roles.</source>
        <translation>{where} er fylt med eksempelorganisasjonen {organisation}: {people} personer, {accounts} kontoer, {roles} administratorroller.</translation>
    </message>
    <message>
        <source>accountregistry: overdue items: {count}.</source>
        <translation>accountregistry: punkter på overtid: {count}.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Ingenting forfaller.</translation>
    </message>
    <message>
        <source>Open items: {count}, overdue: {overdue}.</source>
        <translation>Åpne punkter: {count}, på overtid: {overdue}.</translation>
    </message>
    <message>
        <source>Wrote the open items of the offboarding of {leaver} to {path} ({count}).</source>
        <translation>De åpne punktene i fratredelsen av {leaver} er skrevet til {path} ({count}).</translation>
    </message>
    <message>
        <source>Checklist for the offboarding of {leaver} (items: {count}; not started):</source>
        <translation>Sjekkliste for fratredelsen av {leaver} (punkter: {count}; ikke startet):</translation>
    </message>
    <message>
        <source>Started offboarding {case} for {leaver}: last working day {day}, {successor}; items: {count}.</source>
        <translation>Fratredelse {case} for {leaver} er startet: siste arbeidsdag {day}, {successor}; punkter: {count}.</translation>
    </message>
    <message>
        <source>Started an internal move {case} for {leaver}: day of the move {day}, {successor}; items: {count}.</source>
        <translation>Intern flytting {case} for {leaver} er startet: flyttedag {day}, {successor}; punkter: {count}.</translation>
    </message>
    <message>
        <source>successor {name}</source>
        <translation>etterfølger {name}</translation>
    </message>
    <message>
        <source>no successor chosen yet</source>
        <translation>ingen etterfølger valgt ennå</translation>
    </message>
    <message>
        <source>Wrote the handover confirmation for {person} to {path}.</source>
        <translation>Overdragelsesbekreftelsen for {person} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Offboarding {case} of {leaver} ({status}): last working day {day}, {successor}; {settled} of {count} items settled.</source>
        <translation>Fratredelse {case} av {leaver} ({status}): siste arbeidsdag {day}, {successor}; {settled} av {count} punkter avklart.</translation>
    </message>
    <message>
        <source>Internal move {case} of {leaver} ({status}): day of the move {day}, {successor}; {settled} of {count} items settled.</source>
        <translation>Intern flytting {case} av {leaver} ({status}): flyttedag {day}, {successor}; {settled} av {count} punkter avklart.</translation>
    </message>
    <message>
        <source>successor not chosen yet</source>
        <translation>etterfølger ikke valgt ennå</translation>
    </message>
    <message>
        <source>Blockers:</source>
        <translation>Hindringer:</translation>
    </message>
    <message>
        <source>Done: item {id}: {title}</source>
        <translation>Utført: punkt {id}: {title}</translation>
    </message>
    <message>
        <source>Waived: item {id}: {title} (reason: {reason})</source>
        <translation>Frafalt: punkt {id}: {title} (begrunnelse: {reason})</translation>
    </message>
    <message>
        <source>Closed offboarding {case} of {leaver}: every account is settled.</source>
        <translation>Fratredelse {case} av {leaver} er lukket: alle kontoer er avklart.</translation>
    </message>
    <message>
        <source>Cancelled offboarding {case} of {leaver}; it is kept, marked cancelled.</source>
        <translation>Fratredelse {case} av {leaver} er avlyst; den beholdes, merket som avlyst.</translation>
    </message>
    <message>
        <source>Reopened offboarding {case} of {leaver}.</source>
        <translation>Fratredelse {case} av {leaver} er gjenåpnet.</translation>
    </message>
    <message>
        <source>Wrote the checklist of offboarding {case} to {path}.</source>
        <translation>Sjekklisten for fratredelse {case} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Nobody is leaving.</source>
        <translation>Ingen er i ferd med å slutte.</translation>
    </message>
    <message>
        <source>The registry has no people yet.</source>
        <translation>Registeret har ingen personer ennå.</translation>
    </message>
    <message>
        <source>People: {count}.</source>
        <translation>Personer: {count}.</translation>
    </message>
    <message>
        <source>Added {name} &lt;{email}&gt; (id {id}).</source>
        <translation>{name} &lt;{email}&gt; er lagt til (id {id}).</translation>
    </message>
    <message>
        <source>Changed {name} &lt;{email}&gt; (version {version}).</source>
        <translation>{name} &lt;{email}&gt; er endret (versjon {version}).</translation>
    </message>
    <message>
        <source>Wrote the people to {path} ({count}).</source>
        <translation>Personene er skrevet til {path} ({count}).</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {counts}.</source>
        <translation>Prøvekjøring, ingenting skrevet: {counts}.</translation>
    </message>
    <message>
        <source>accountregistry: nothing was imported: {counts}. Correct the rows above, or use --only-valid-rows.</source>
        <translation>accountregistry: ingenting ble importert: {counts}. Rett radene ovenfor, eller bruk --only-valid-rows.</translation>
    </message>
    <message>
        <source>Imported {file}: {added} new, {updated} updated, {unchanged} unchanged{skipped}.</source>
        <translation>{file} er importert: {added} nye, {updated} oppdatert, {unchanged} uendret{skipped}.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} in error</source>
        <translation>{new} nye, {updated} oppdatert, {unchanged} uendret, {errors} med feil</translation>
    </message>
    <message>
        <source>; rows with errors skipped: {count}</source>
        <translation>; rader med feil hoppet over: {count}</translation>
    </message>
    <message>
        <source>; rows in conflict left out: {count}</source>
        <translation>; rader i konflikt utelatt: {count}</translation>
    </message>
    <message>
        <source>Anonymised person {id} as {pseudonym}: {removed}.</source>
        <translation>Person {id} er anonymisert som {pseudonym}: {removed}.</translation>
    </message>
    <message>
        <source>Would anonymise person {id} as {pseudonym}: {removed}.</source>
        <translation>Person {id} ville blitt anonymisert som {pseudonym}: {removed}.</translation>
    </message>
    <message>
        <source>Dry run, nothing changed: {count} to anonymise.</source>
        <translation>Prøvekjøring, ingenting endret: {count} å anonymisere.</translation>
    </message>
    <message>
        <source>Kept the notes that name them as they were.</source>
        <translation>Notatene som nevner dem, er beholdt slik de var.</translation>
    </message>
    <message>
        <source>In the notes that name them, their name and email are now the pseudonym.</source>
        <translation>I notatene som nevner dem, er navnet og e-posten deres nå pseudonymet.</translation>
    </message>
    <message>
        <source>Anonymised {count}; this cannot be undone.</source>
        <translation>Anonymisert: {count}; det kan ikke angres.</translation>
    </message>
    <message>
        <source>Nobody is due for anonymisation.</source>
        <translation>Ingen skal anonymiseres ennå.</translation>
    </message>
    <message>
        <source>Wrote what is held about {person} to {path}.</source>
        <translation>Det som er registrert om {person}, er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Wrote {count} items held about person {id} to {path}.</source>
        <translation>{count} opplysninger om person {id} er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Recorded version {version} of the social-media policy, effective {day}, approved by {approver}.</source>
        <translation>Versjon {version} av retningslinjene for sosiale medier er registrert, gjeldende fra {day}, godkjent av {approver}.</translation>
    </message>
    <message>
        <source>No version of the social-media policy is recorded.</source>
        <translation>Det er ikke registrert noen versjon av retningslinjene for sosiale medier.</translation>
    </message>
    <message>
        <source>Social-media policy, version {version}, effective {day}, approved by {approver}</source>
        <translation>Retningslinjer for sosiale medier, versjon {version}, gjeldende fra {day}, godkjent av {approver}</translation>
    </message>
    <message>
        <source>Acknowledged by {count}:</source>
        <translation>Kvittert av {count}:</translation>
    </message>
    <message>
        <source>Wrote the social-media policy to {path}.</source>
        <translation>Retningslinjene for sosiale medier er skrevet til {path}.</translation>
    </message>
    <message>
        <source>{person} had acknowledged version {version} already; nothing changed.</source>
        <translation>{person} hadde allerede kvittert for versjon {version}; ingenting er endret.</translation>
    </message>
    <message>
        <source>Recorded that {person} acknowledged version {version} on {day}.</source>
        <translation>Det er registrert at {person} kvitterte for versjon {version} {day}.</translation>
    </message>
    <message>
        <source>Recorded {recorded} acknowledgements of version {version}; {already} had acknowledged it already.</source>
        <translation>{recorded} kvitteringer for versjon {version} er registrert; {already} hadde allerede kvittert.</translation>
    </message>
    <message>
        <source>Wrote the accounts to {path} ({count}).</source>
        <translation>Kontoene er skrevet til {path} ({count}).</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}; {people} new people.</source>
        <translation>Prøvekjøring, ingenting skrevet: {summary}; {people} nye personer.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} errors</source>
        <translation>{new} nye, {updated} oppdatert, {unchanged} uendret, {errors} feil</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} errors, {conflicts} conflicts</source>
        <translation>{new} nye, {updated} oppdatert, {unchanged} uendret, {errors} feil, {conflicts} konflikter</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {unchanged} unchanged, {errors} errors{skipped}; {people} people added, {roles} roles granted, {terms} handover terms recorded.</source>
        <translation>{file} er importert: {created} nye, {updated} oppdatert, {unchanged} uendret, {errors} feil{skipped}; {people} personer lagt til, {roles} roller tildelt, {terms} overdragelsesvilkår registrert.</translation>
    </message>
    <message>
        <source>accountregistry: note: the “Private login” risk is off until the company&apos;s email domains are set (accountregistry settings set --domains acme.dk).</source>
        <translation>accountregistry: merk: risikoen «Privat innlogging» er slått av til bedriftens e-postdomener er angitt (accountregistry settings set --domains acme.dk).</translation>
    </message>
    <message>
        <source>accountregistry: risks of {severity} severity or worse: {risks}, on accounts: {accounts}.</source>
        <translation>accountregistry: risikoer med alvorlighet {severity} eller verre: {risks}, på kontoer: {accounts}.</translation>
    </message>
    <message>
        <source>No account is at risk.</source>
        <translation>Ingen konto er i faresonen.</translation>
    </message>
    <message>
        <source>Risks: {risks}, on accounts: {accounts}.</source>
        <translation>Risikoer: {risks}, på kontoer: {accounts}.</translation>
    </message>
    <message>
        <source>Wrote a checklist of the accounts due for review to {path} (accounts: {count}, groups: {groups}).</source>
        <translation>En sjekkliste over kontoer som skal gjennomgås, er skrevet til {path} (kontoer: {count}, grupper: {groups}).</translation>
    </message>
    <message>
        <source>No account is due for review.</source>
        <translation>Ingen konto skal gjennomgås.</translation>
    </message>
    <message>
        <source>Accounts due for review: {count}.</source>
        <translation>Kontoer som skal gjennomgås: {count}.</translation>
    </message>
    <message>
        <source>Marked {platform} {handle} (id {id}) reviewed; next review due {day}.</source>
        <translation>{platform} {handle} (id {id}) er merket som gjennomgått; neste gjennomgang {day}.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings already were so.</source>
        <translation>Ingenting er endret: innstillingene var allerede slik.</translation>
    </message>
    <message>
        <source>Note: with no email domains the “Private login” risk is off; set them with “accountregistry settings set --domains acme.dk”.</source>
        <translation>Merk: uten e-postdomener er risikoen «Privat innlogging» slått av; angi dem med «accountregistry settings set --domains acme.dk».</translation>
    </message>
    <message>
        <source>due</source>
        <translation>forfaller</translation>
    </message>
    <message>
        <source>OVERDUE {days}d</source>
        <translation>FORSINKET {days} d</translation>
    </message>
    <message>
        <source>{id} {when} {day}  {assignee}: {title} ({account}; offboarding of {leaver}, last day {last_day})</source>
        <translation>{id} {when} {day}  {assignee}: {title} ({account}; fratredelse av {leaver}, siste dag {last_day})</translation>
    </message>
    <message>
        <source>  {id} {status} due {day} ({offset})  {assignee}: {marker}{title}{moved}</source>
        <translation>  {id} {status} forfaller {day} ({offset})  {assignee}: {marker}{title}{moved}</translation>
    </message>
    <message>
        <source>  due {day} ({offset})  {assignee}: {marker}{title}{moved}</source>
        <translation>  forfaller {day} ({offset})  {assignee}: {marker}{title}{moved}</translation>
    </message>
    <message>
        <source>(handover) </source>
        <translation>(overdragelse) </translation>
    </message>
    <message>
        <source> [moved for {closures}]</source>
        <translation> [flyttet på grunn av {closures}]</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>stengedag</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>  {id}  due {day}  last {last}  {platform} {handle}</source>
        <translation>  {id}  forfaller {day}  sist {last}  {platform} {handle}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;  {status}{last_day}  {department}</source>
        <translation>{name} &lt;{email}&gt;  {status}{last_day}  {department}</translation>
    </message>
    <message>
        <source>, last day {day}</source>
        <translation>, siste dag {day}</translation>
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
        <translation>linje {line}: oppdaterer {row}: {changes}</translation>
    </message>
    <message>
        <source>  {name} &lt;{email}&gt; on {day}</source>
        <translation>  {name} &lt;{email}&gt; den {day}</translation>
    </message>
    <message>
        <source>name “{value}”</source>
        <translation>navn «{value}»</translation>
    </message>
    <message>
        <source>email “{value}”</source>
        <translation>e-post «{value}»</translation>
    </message>
    <message>
        <source>title “{value}”</source>
        <translation>stilling «{value}»</translation>
    </message>
    <message>
        <source>personal account {account}</source>
        <translation>personlig konto {account}</translation>
    </message>
    <message>
        <source>signed scan {id} “{name}” ({kind} of {day})</source>
        <translation>signert skanning {id} «{name}» ({kind} av {day})</translation>
    </message>
    <message>
        <source>  names them: {where}, {label}: “{text}”</source>
        <translation>  nevner dem: {where}, {label}: «{text}»</translation>
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
        <translation>ingen tilgang</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>handlingen er ikke tillatt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brukt opp</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>den finnes allerede</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>en del av stien er ikke en mappe</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>navnet er for langt</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disken kunne ikke leses eller skrives</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>den er i bruk</translation>
    </message>
    <message>
        <source>The database server {where} does not answer; check its address and that it is running, then try again.</source>
        <translation>Databaseserveren {where} svarer ikke; kontroller adressen og at den kjører, og prøv så igjen.</translation>
    </message>
    <message>
        <source>{who} changed this {record} at {when}; reload to see the change, then make yours again.</source>
        <translation>{who} endret {record} {when}; last inn på nytt for å se endringen, og gjør så din igjen.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than the {limit} MB the import reads from a workbook. Import it as a CSV file (the export writes CSV too), or split it into smaller files.</source>
        <translation>{file} blir {size} MB utpakket, mer enn de {limit} MB importen leser fra en arbeidsbok. Importer den som en CSV-fil (eksporten skriver også CSV), eller del den opp i mindre filer.</translation>
    </message>
    <message>
        <source>{file} has a part that would unpack to more than {ratio} times its packed size, which no spreadsheet program writes: it is not read.</source>
        <translation>{file} har en del som utpakket ville blitt mer enn {ratio} ganger sin pakkede størrelse, noe intet regnearkprogram skriver: den leses ikke.</translation>
    </message>
    <message>
        <source>The server {where} refused the login “{user}”: the password is wrong or missing.</source>
        <translation>Serveren {where} avviste påloggingen «{user}»: passordet er feil eller mangler.</translation>
    </message>
    <message>
        <source>The server {where} does not let the login “{user}” connect from this computer; ask its administrator.</source>
        <translation>Serveren {where} lar ikke påloggingen «{user}» koble til fra denne datamaskinen; spør administratoren.</translation>
    </message>
    <message>
        <source>The server {where} accepts only encrypted connections; choose a TLS mode that encrypts (for example “require”).</source>
        <translation>Serveren {where} godtar bare krypterte tilkoblinger; velg en TLS-modus som krypterer (for eksempel «require»).</translation>
    </message>
    <message>
        <source>The server {where} offers no encrypted connections, but this connection requires one; ask its administrator, or choose another TLS mode.</source>
        <translation>Serveren {where} tilbyr ikke krypterte tilkoblinger, men denne tilkoblingen krever det; spør administratoren, eller velg en annen TLS-modus.</translation>
    </message>
    <message>
        <source>The server has no database “{database}”; check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Serveren har ingen database «{database}»; kontroller navnet, eller be serverens administrator om å opprette den.</translation>
    </message>
    <message>
        <source>The login “{user}” may not do this in {where}; ask the registry&apos;s owner for the access you need.</source>
        <translation>Påloggingen «{user}» har ikke lov til dette i {where}; be registerets eier om tilgangen du trenger.</translation>
    </message>
    <message>
        <source>The server {where} refused the connection; check the address, the login and the TLS mode, or ask the server&apos;s administrator.</source>
        <translation>Serveren {where} avviste tilkoblingen; kontroller adressen, påloggingen og TLS-modusen, eller spør serverens administrator.</translation>
    </message>
    <message>
        <source>The server {where} has no free connections right now; try again in a moment.</source>
        <translation>Serveren {where} har ingen ledige tilkoblinger akkurat nå; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>Others are saving changes to {where} and it took too long; try again in a moment. Nothing was saved.</source>
        <translation>Andre lagrer endringer i {where}, og det tok for lang tid; prøv igjen om litt. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The server {where} runs PostgreSQL {version}; Account Registry needs {minimum} or newer.</source>
        <translation>Serveren {where} kjører PostgreSQL {version}; Account Registry krever {minimum} eller nyere.</translation>
    </message>
    <message>
        <source>{where} holds another program&apos;s tables, not an Account Registry; nothing was changed.</source>
        <translation>{where} inneholder et annet programs tabeller, ikke et Account Registry; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{where} holds no registry yet; create one there with “accountregistry migrate”. Nothing was changed.</source>
        <translation>{where} inneholder ikke noe register ennå; opprett et der med «accountregistry migrate». Ingenting ble endret.</translation>
    </message>
    <message>
        <source>{where} has an older schema ({revision}) than this version of Account Registry ({head}); ask the database&apos;s owner to run “accountregistry migrate”. Nothing was changed.</source>
        <translation>{where} har et eldre skjema ({revision}) enn denne versjonen av Account Registry ({head}); be databasens eier om å kjøre «accountregistry migrate». Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Only the registry&apos;s owner may upgrade {where}; ask them to run “accountregistry migrate”. Nothing was changed.</source>
        <translation>Bare registerets eier kan oppgradere {where}; be eieren om å kjøre «accountregistry migrate». Ingenting ble endret.</translation>
    </message>
    <message>
        <source>pg_dump could not back up {where}, so its schema was not upgraded: {detail}</source>
        <translation>pg_dump kunne ikke ta sikkerhetskopi av {where}, så skjemaet ble ikke oppgradert: {detail}</translation>
    </message>
    <message>
        <source>“copy” moves a registry from a file on this computer to a shared server: give the file with --db and the server with --to (not {source} to {target}).</source>
        <translation>«copy» flytter et register fra en fil på denne datamaskinen til en delt server: oppgi filen med --db og serveren med --to (ikke {source} til {target}).</translation>
    </message>
    <message>
        <source>{target} already holds data ({rows} rows in {table}); copy only into an empty database. Nothing was copied.</source>
        <translation>{target} inneholder allerede data ({rows} rader i {table}); kopier bare til en tom database. Ingenting ble kopiert.</translation>
    </message>
    <message>
        <source>{where} is a file on this computer: its file permissions decide who may use it. Access roles exist on a shared server only.</source>
        <translation>{where} er en fil på denne datamaskinen: filens tillatelser avgjør hvem som kan bruke den. Tilgangsroller finnes bare på en delt server.</translation>
    </message>
    <message>
        <source>{where} has no access roles yet; its owner runs “accountregistry access setup” first.</source>
        <translation>{where} har ingen tilgangsroller ennå; eieren kjører først «accountregistry access setup».</translation>
    </message>
    <message>
        <source>The server has no login “{login}”; ask its administrator to create it first.</source>
        <translation>Serveren har ingen pålogging «{login}»; be administratoren om å opprette den først.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a day of the year (for example 24.12 or 24 December for every year, 2027-05-07 for one year only).</source>
        <translation>{label}: «{value}» er ikke en dag i året (for eksempel 24.12 eller 24. desember hvert år, 2027-05-07 bare det året).</translation>
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
        <translation>Avbrutte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Frafalt</translation>
    </message>
    <message>
        <source>{settled} of {total} settled</source>
        <translation>{settled} av {total} avklart</translation>
    </message>
    <message>
        <source>closing day</source>
        <translation>stengt dag</translation>
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
        <translation>Flyttet på grunn av {days}: frister hopper over helligdager og stengte dager.</translation>
    </message>
    <message>
        <source>{platform} {presence} “{name}”</source>
        <translation type="vanished">{platform}-{presence} «{name}»</translation>
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
        <translation type="vanished">{leaver} er eneste eier eller administrator av {account}, og ingen etterfølger er valgt.</translation>
    </message>
    <message>
        <source>Overdue since {day}: {title}</source>
        <translation>Forsinket siden {day}: {title}</translation>
    </message>
    <message>
        <source>The last working day, {day}, has passed.</source>
        <translation>Siste arbeidsdag, {day}, er passert.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is today.</source>
        <translation>Siste arbeidsdag, {day}, er i dag.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is in 1 business day.</source>
        <translation>Siste arbeidsdag, {day}, er om 1 arbeidsdag.</translation>
    </message>
    <message>
        <source>The last working day, {day}, is in {days} business days.</source>
        <translation>Siste arbeidsdag, {day}, er om {days} arbeidsdager.</translation>
    </message>
    <message>
        <source>1 item is still open.</source>
        <translation>1 punkt er fortsatt åpent.</translation>
    </message>
    <message>
        <source>{count} items are still open.</source>
        <translation>{count} punkter er fortsatt åpne.</translation>
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
        <translation>Siste dag</translation>
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
        <translation>{name} (intern flytting)</translation>
    </message>
    <message>
        <source>{progress}, {count} overdue</source>
        <translation>{progress}, {count} forsinket</translation>
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
        <translation>Når punktet krysses av, overdras rollene den som slutter har på kontoen, til etterfølgeren.</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Åpen, forsinket</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Frafalt: {reason}</translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation>{status} av {who} {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begrunnelse: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notat: {note}</translation>
    </message>
</context>
<context>
    <name>OffboardingView</name>
    <message>
        <source>&amp;Start offboarding…</source>
        <translation>&amp;Start fratredelse…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
        <translation>Start en fratredelse for en som slutter (Ctrl+N)</translation>
    </message>
    <message>
        <source>Offboardings</source>
        <translation>Fratredelser</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Sa&amp;ker</translation>
    </message>
    <message>
        <source>Change las&amp;t day…</source>
        <translation>Endre siste &amp;dag…</translation>
    </message>
    <message>
        <source>Change the last working day</source>
        <translation>Endre siste arbeidsdag</translation>
    </message>
    <message>
        <source>Not chosen yet: type a name or email</source>
        <translation>Ikke valgt ennå: skriv et navn eller en e-postadresse</translation>
    </message>
    <message>
        <source>Set s&amp;uccessor</source>
        <translation>&amp;Angi etterfølger</translation>
    </message>
    <message>
        <source>Set successor</source>
        <translation>Angi etterfølger</translation>
    </message>
    <message>
        <source>Open items for the successor follow the new choice; an empty field clears it.</source>
        <translation>Åpne punkter for etterfølgeren følger det nye valget; et tomt felt fjerner etterfølgeren.</translation>
    </message>
    <message>
        <source>Last working day:</source>
        <translation>Siste arbeidsdag:</translation>
    </message>
    <message>
        <source>Succ&amp;essor:</source>
        <translation>&amp;Etterfølger:</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Etterfølger</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Hindringer</translation>
    </message>
    <message>
        <source>Why the offboarding cannot be closed</source>
        <translation>Hvorfor fratredelsen ikke kan lukkes</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Tildelt &amp;meg</translation>
    </message>
    <message>
        <source>Only items assigned to me</source>
        <translation>Bare punkter som er tildelt meg</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>S&amp;jekkliste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Space ticks the current item done, or reopens a settled one.</source>
        <translation>Mellomrom krysser av det gjeldende punktet som utført eller gjenåpner et avklart punkt.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Tick the current item done (Space in the checklist)</source>
        <translation>Kryss av det gjeldende punktet som utført (Mellomrom i sjekklisten)</translation>
    </message>
    <message>
        <source>Done with &amp;note…</source>
        <translation>Utført med &amp;notat…</translation>
    </message>
    <message>
        <source>Done with a note</source>
        <translation>Utført med et notat</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>F&amp;rafall…</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Frafall</translation>
    </message>
    <message>
        <source>Settle the item without doing it; a reason is required</source>
        <translation>Avklar punktet uten å utføre det; en begrunnelse er påkrevd</translation>
    </message>
    <message>
        <source>Re&amp;open item…</source>
        <translation>Gjenåpne &amp;punkt…</translation>
    </message>
    <message>
        <source>Reopen item</source>
        <translation>Gjenåpne punkt</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Lukk sak</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Lukk sak</translation>
    </message>
    <message>
        <source>Close the offboarding once every item is settled and the leaver holds no role</source>
        <translation>Lukk fratredelsen når alle punkter er avklart og den som slutter, ikke har noen roller</translation>
    </message>
    <message>
        <source>&amp;Reopen case…</source>
        <translation>&amp;Gjenåpne sak…</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Gjenåpne sak</translation>
    </message>
    <message>
        <source>Cancel c&amp;ase…</source>
        <translation>A&amp;vbryt sak…</translation>
    </message>
    <message>
        <source>Cancel case</source>
        <translation>Avbryt sak</translation>
    </message>
    <message>
        <source>The person stays after all; the case is kept, marked cancelled</source>
        <translation>Personen blir likevel; saken beholdes, merket som avbrutt</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <source>Calendar f&amp;ile…</source>
        <translation>Kalenderf&amp;il med hendelser…</translation>
    </message>
    <message>
        <source>Save the open items as an iCalendar file (.ics), one all-day event each; saved again, a calendar updates them instead of adding them twice</source>
        <translation>Lagre de åpne punktene som en iCalendar-fil (.ics), én heldagshendelse for hvert; lagret igjen oppdaterer en kalender dem i stedet for å legge dem til to ganger</translation>
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
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Lagre s&amp;om PDF…</translation>
    </message>
    <message>
        <source>Handover confirmation…</source>
        <translation>Overdragelses&amp;bekreftelse…</translation>
    </message>
    <message>
        <source>Handover confirmation</source>
        <translation>Overdragelsesbekreftelse</translation>
    </message>
    <message>
        <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
        <translation>En PDF med alle kontoer og utfallet for hver, som den som slutter, og bedriften skriver under på</translation>
    </message>
    <message>
        <source>Record si&amp;gned confirmation…</source>
        <translation>F&amp;ør inn signert bekreftelse…</translation>
    </message>
    <message>
        <source>Record signed confirmation</source>
        <translation>Registrer signert bekreftelse</translation>
    </message>
    <message>
        <source>Record who signed the handover confirmation, when and how, with a signed scan if there is one</source>
        <translation>Registrer hvem som signerte overdragelsesbekreftelsen, når og hvordan, med en signert skanning hvis det finnes en</translation>
    </message>
    <message>
        <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
        <translation>Velg en fratredelse i listen, eller start en for en som slutter. Sjekklisten lages ut fra kontoene personen er innehaver eller administrator av.</translation>
    </message>
    <message>
        <source>An internal move: {name} stays, in another department or role; their accounts are handed over by the day of the move, and they are not recorded as leaving.</source>
        <translation>En intern flytting: {name} blir, i en annen avdeling eller rolle; kontoene overdras senest på dagen for flyttingen, og personen registreres ikke som på vei ut.</translation>
    </message>
    <message>
        <source>Day of the move:</source>
        <translation>Dag for flyttingen:</translation>
    </message>
    <message>
        <source>Confirmation signed on {day} by {who} ({channel}).</source>
        <translation>Bekreftelsen signert {day} av {who} ({channel}).</translation>
    </message>
    <message>
        <source>Signed scan: {names}.</source>
        <translation>Signert skanning: {names}.</translation>
    </message>
    <message>
        <source>Signed scan: removed on anonymisation.</source>
        <translation>Signert skanning: fjernet ved anonymisering.</translation>
    </message>
    <message>
        <source>Recorded the signed handover confirmation.</source>
        <translation>Den signerte overdragelsesbekreftelsen er registrert.</translation>
    </message>
    <message>
        <source>Internal move of {person}</source>
        <translation>Intern flytting av {person}</translation>
    </message>
    <message>
        <source>Offboarding of {leaver}</source>
        <translation>Fratredelse for {leaver}</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}. {progress}.</source>
        <translation>Lukket {when} av {who}. {progress}.</translation>
    </message>
    <message>
        <source>Handover conf&amp;irmation…</source>
        <translation type="vanished">Overdragelses&amp;bekreftelse…</translation>
    </message>
    <message>
        <source>Cancelled: {reason}. Reopen it to work on it again.</source>
        <translation>Avbrutt: {reason}. Gjenåpne saken for å arbeide videre med den.</translation>
    </message>
    <message>
        <source>Open: {progress}.</source>
        <translation>Åpen: {progress}.</translation>
    </message>
    <message>
        <source>Reopened: {reason}.</source>
        <translation>Gjenåpnet: {reason}.</translation>
    </message>
    <message>
        <source>What stands in the way ({count})</source>
        <translation>Hindringer ({count})</translation>
    </message>
    <message>
        <source>Items assigned to {name}, {department}: you are recorded as {actor}.</source>
        <translation>Punkter som er tildelt {name}, {department}: du er registrert som {actor}.</translation>
    </message>
    <message>
        <source>Items assigned to {name}: you are recorded as {actor}.</source>
        <translation>Punkter som er tildelt {name}: du er registrert som {actor}.</translation>
    </message>
    <message>
        <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
        <translation>Ingen i registeret passer med {actor}, navnet du er registrert under; bare punkter som er tildelt en funksjon som heter {actor}, er dine.</translation>
    </message>
    <message>
        <source>No item of this offboarding is assigned to you.</source>
        <translation>Ingen punkter i denne fratredelsen er tildelt deg.</translation>
    </message>
    <message>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>Når punktet krysses av, overdras rollene den som slutter har på kontoen, til etterfølgeren.</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Utført: {title}</translation>
    </message>
    <message>
        <source>Done, with a note</source>
        <translation>Utført, med et notat</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Waive item</source>
        <translation>Frafall punkt</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Frafall</translation>
    </message>
    <message>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv hvorfor punktet frafalles; et frafalt punkt krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Waived: {title}</source>
        <translation>Frafalt: {title}</translation>
    </message>
    <message>
        <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
        <translation>Roller som overdragelsen flyttet, blir der de er; flytt dem tilbake på kontoen om nødvendig.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Begrunnelse (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>Gjenåpnet: {title}</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registeret passer med «{text}»; velg en person fra listen.</translation>
    </message>
    <message>
        <source>No successor is chosen now; open items name “the successor” until one is.</source>
        <translation>Ingen etterfølger er valgt nå; åpne punkter nevner «etterfølgeren» til noen er valgt.</translation>
    </message>
    <message>
        <source>The successor is set; open items for the successor follow.</source>
        <translation>Etterfølgeren er angitt; åpne punkter for etterfølgeren følger med.</translation>
    </message>
    <message>
        <source>The last working day is changed; open items moved with it.</source>
        <translation>Siste arbeidsdag er endret; åpne punkter er flyttet med.</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} is closed.</source>
        <translation>Fratredelsen for {leaver} er lukket.</translation>
    </message>
    <message>
        <source>The offboarding cannot be closed yet: {count} things remain.</source>
        <translation>Fratredelsen kan ikke lukkes ennå: {count} ting gjenstår.</translation>
    </message>
    <message>
        <source>The offboarding cannot be closed yet: 1 thing remains.</source>
        <translation>Fratredelsen kan ikke lukkes ennå: 1 ting gjenstår.</translation>
    </message>
    <message>
        <source>Reopen the offboarding</source>
        <translation>Gjenåpne fratredelsen</translation>
    </message>
    <message>
        <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
        <translation>Fratredelsen for {leaver} åpnes igjen, og personen registreres som at vedkommende slutter.</translation>
    </message>
    <message>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv hvorfor du gjenåpner fratredelsen; en begrunnelse er påkrevd.</translation>
    </message>
    <message>
        <source>The offboarding is open again.</source>
        <translation>Fratredelsen er åpen igjen.</translation>
    </message>
    <message>
        <source>Cancel the offboarding</source>
        <translation>Avbryt fratredelsen</translation>
    </message>
    <message>
        <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
        <translation>Avbryt hvis {leaver} likevel blir. Fratredelsen beholdes, merket som avbrutt, og {leaver} registreres som ansatt igjen.</translation>
    </message>
    <message>
        <source>Cancel the &amp;offboarding</source>
        <translation>Avbryt &amp;fratredelsen</translation>
    </message>
    <message>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv hvorfor du avbryter fratredelsen; en begrunnelse er påkrevd.</translation>
    </message>
    <message>
        <source>The offboarding is cancelled.</source>
        <translation>Fratredelsen er avbrutt.</translation>
    </message>
    <message>
        <source>The offboarding is started; the person is recorded as leaving.</source>
        <translation>Fratredelsen er startet; personen er registrert som at vedkommende slutter.</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Skriv ut sjekklisten</translation>
    </message>
    <message>
        <source>Export the checklist as CSV</source>
        <translation>Eksporter sjekklisten som CSV</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratredelse</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save the open items as a calendar</source>
        <translation>Lagre de åpne punktene som kalender</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-filer (*.ics);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The open items are saved as a calendar in {path}.</source>
        <translation>De åpne punktene er lagret som kalender i {path}.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>The checklist is exported to {path}.</source>
        <translation>Sjekklisten er eksportert til {path}.</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Lagre sjekklisten som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Handover confirmation: {leaver}</source>
        <translation>Overdragelsesbekreftelse: {leaver}</translation>
    </message>
    <message>
        <source>Save the handover confirmation as PDF</source>
        <translation>Lagre overdragelsesbekreftelsen som PDF</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <source>The checklist is sent to the printer.</source>
        <translation>Sjekklisten er sendt til skriveren.</translation>
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
        <translation>Ingen (bare mandag til fredag)</translation>
    </message>
</context>
<context>
    <name>OrganisationSettingsDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Organisasjonsinnstillinger</translation>
    </message>
    <message>
        <source>e.g. Nordlys Rejser A/S</source>
        <translation>f.eks. Nordlys Reiser AS</translation>
    </message>
    <message>
        <source>e.g. nordlys.dk, nordlys.se</source>
        <translation>f.eks. nordlys.no, nordlys.dk</translation>
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
        <translation>Virksomhetens e-post&amp;domener</translation>
    </message>
    <message>
        <source>Comma-separated. Company accounts that log in with an address outside these domains are flagged as “Private login”.</source>
        <translation>Kommaseparert. Virksomhetskontoer som logger inn med en adresse utenfor disse domenene, flagges som «Privat innlogging».</translation>
    </message>
    <message>
        <source>Default &amp;review interval (months)</source>
        <translation>Standardintervall for &amp;gjennomgang (måneder)</translation>
    </message>
    <message>
        <source>Public &amp;holidays of</source>
        <translation>&amp;Helligdager i</translation>
    </message>
    <message>
        <source>&amp;Closing days</source>
        <translation>&amp;Stengte dager</translation>
    </message>
    <message>
        <source>Days the company is closed besides public holidays: 24.12 every year, 2027-05-07 that year only. Due dates skip them.</source>
        <translation>Dager virksomheten holder stengt i tillegg til helligdager: 24.12 hvert år, 2027-05-07 bare det året. Frister hopper over dem.</translation>
    </message>
    <message>
        <source>Re&amp;tention period (months)</source>
        <translation>&amp;Oppbevaringstid (måneder)</translation>
    </message>
    <message>
        <source>Months after a person&apos;s last working day. Then they are due for anonymisation (People → Privacy): their name becomes a pseudonym, their email and title are erased.</source>
        <translation>Måneder etter en persons siste arbeidsdag. Deretter skal personen anonymiseres (Personer → Personvern): navnet blir et pseudonym, e-post og stilling slettes.</translation>
    </message>
</context>
<context>
    <name>OrganisationStep</name>
    <message>
        <source>e.g. Nordlys Rejser A/S</source>
        <translation>f.eks. Nordlys Reiser AS</translation>
    </message>
    <message>
        <source>e.g. nordlys.dk, nordlys.se</source>
        <translation>f.eks. nordlys.no, nordlys.dk</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>Organisasjonens &amp;navn</translation>
    </message>
    <message>
        <source>Company email &amp;domains</source>
        <translation>Virksomhetens e-post&amp;domener</translation>
    </message>
    <message>
        <source>Public &amp;holidays of</source>
        <translation>&amp;Helligdager i</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Lagre organisasjonen</translation>
    </message>
    <message>
        <source>Saved. Change it any time under File → Organisation settings…</source>
        <translation>Lagret. Du kan når som helst endre det under Fil → Organisasjonsinnstillinger…</translation>
    </message>
</context>
<context>
    <name>OverdueItemsDialog</name>
    <message>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dager forsinket</translation>
    </message>
    <message>
        <source>Leaver</source>
        <translation>Den som slutter</translation>
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
        <translation>Forsinkede sjekklistepunkter</translation>
    </message>
    <message>
        <source>Open an item to show it in its offboarding.</source>
        <translation>Åpne et punkt for å se det i sin fratredelse.</translation>
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
        <translation>1 punkt på en sjekkliste for fratredelse er forsinket.</translation>
    </message>
    <message>
        <source>{count} offboarding checklist items are overdue.</source>
        <translation>{count} punkter på sjekklister for fratredelse er forsinket.</translation>
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
        <translation>Lagret {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Accounts held</source>
        <translation>Kontoer som innehaver</translation>
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
        <translation>Filtrer på navn, e-post, avdeling eller tittel</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer personer</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Ansettelsesstatus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Legg &amp;til person…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Rediger person…</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <source>Start &amp;offboarding…</source>
        <translation>&amp;Start fratredelse…</translation>
    </message>
    <message>
        <source>Start offboarding</source>
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
        <translation>Start en fratredelse for den valgte personen: siste arbeidsdag, en etterfølger og sjekklisten for personens kontoer</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>What is recorded about the selected person, newest first: changes, agreements with their signed scans, policy acknowledgements and consent</source>
        <translation>Hva som er registrert om den valgte personen, nyeste først: endringer, avtaler med signerte skanninger, bekreftelser av retningslinjene og samtykke</translation>
    </message>
    <message>
        <source>I&amp;mport from HR…</source>
        <translation>I&amp;mporter fra HR…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importer personer fra HR</translation>
    </message>
    <message>
        <source>Add and update people from an HR system&apos;s file, with a preview before anything is written; nobody is deleted</source>
        <translation>Legg til og oppdater personer fra en fil fra HR-systemet, med en forhåndsvisning før noe skrives; ingen slettes</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Person&amp;vern</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Eksporter denne personens data…</translation>
    </message>
    <message>
        <source>Everything the registry holds about the selected person, as a PDF or JSON file (an access request)</source>
        <translation>Alt registeret har om den valgte personen, som PDF- eller JSON-fil (et innsyn)</translation>
    </message>
    <message>
        <source>Anonymise this person…</source>
        <translation>Anonymiser denne personen…</translation>
    </message>
    <message>
        <source>People due for anonymisation…</source>
        <translation>Personer som skal anonymiseres…</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>Fi&amp;ltrer</translation>
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
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
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
        <translation>Kontoer som innehaver</translation>
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
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
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
        <translation>Kontoer med {name} som innehaver ({count})</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke kjent</translation>
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
        <translation>trukket tilbake</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Eksporter denne personens data</translation>
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
        <translation>Kontoer som presenterer personen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Brukernavn</translation>
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
        <translation>E-post for innlogging</translation>
    </message>
    <message>
        <source>Roles on accounts, active and past</source>
        <translation>Roller på kontoer, aktive og tidligere</translation>
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
        <translation>Tilbakekalt den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Handover terms naming the person as successor</source>
        <translation>Overleveringsvilkår som nevner personen som etterfølger</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <source>Consent records</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke gitt den</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbake den</translation>
    </message>
    <message>
        <source>Offboardings</source>
        <translation>Fratredelser</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
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
        <translation>Sjekklistepunkter tildelt personen</translation>
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
        <translation>Avtaler personen har gitt</translation>
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
        <translation>Kontoer som omfattes</translation>
    </message>
    <message>
        <source>Signed scans</source>
        <translation>Signerte skanninger</translation>
    </message>
    <message>
        <source>Social-media policy acknowledged</source>
        <translation>Bekreftet retningslinjer for sosiale medier</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Versjon av retningslinjene</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bekreftet den</translation>
    </message>
    <message>
        <source>Recorded changes (audit trail)</source>
        <translation>Registrerte endringer (revisjonsspor)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
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
        <translation>Overleveringsvilkår</translation>
    </message>
    <message>
        <source>Offboarding</source>
        <translation>Fratredelse</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Signert skanning</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Bekreftelse av retningslinjene</translation>
    </message>
    <message>
        <source>Added the person to the registry</source>
        <translation>La personen til i registeret</translation>
    </message>
    <message>
        <source>Added the person to the registry by an import from HR</source>
        <translation>La personen til i registeret ved en import fra HR</translation>
    </message>
    <message>
        <source>Changed the person record</source>
        <translation>Endret personens opplysninger</translation>
    </message>
    <message>
        <source>Anonymised the person</source>
        <translation>Anonymiserte personen</translation>
    </message>
    <message>
        <source>Started the offboarding</source>
        <translation>Startet fratredelsen</translation>
    </message>
    <message>
        <source>Changed the offboarding</source>
        <translation>Endret fratredelsen</translation>
    </message>
    <message>
        <source>Closed the offboarding</source>
        <translation>Avsluttet fratredelsen</translation>
    </message>
    <message>
        <source>Cancelled the offboarding</source>
        <translation>Avbrøt fratredelsen</translation>
    </message>
    <message>
        <source>Reopened the offboarding</source>
        <translation>Gjenåpnet fratredelsen</translation>
    </message>
    <message>
        <source>Acknowledged the social-media policy</source>
        <translation>Bekreftet retningslinjene for sosiale medier</translation>
    </message>
    <message>
        <source>Removed the personal account from the registry</source>
        <translation>Fjernet den personlige kontoen fra registeret</translation>
    </message>
    <message>
        <source>Added the person to the registry by an account import</source>
        <translation>La personen til i registeret ved en import av kontoer</translation>
    </message>
    <message>
        <source>Recorded by an import</source>
        <translation type="vanished">Registrert ved en import</translation>
    </message>
    <message>
        <source>New values</source>
        <translation type="vanished">Nye verdier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Jobb-e-post</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Ansettelsesstatus</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databasepålogging</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>scan {id}, removed on {date} when the person was anonymised</source>
        <translation>skanning {id}, fjernet {date} da personen ble anonymisert</translation>
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
        <translation>Hva {organisation} har om {name}</translation>
    </message>
    <message>
        <source>The person record</source>
        <translation>Personens opplysninger</translation>
    </message>
    <message>
        <source>Written {when} in answer to an access request (GDPR Art. 15).</source>
        <translation>Skrevet {when} som svar på en innsynsbegjæring (GDPR art. 15).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>No last working day</source>
        <translation>Ingen siste arbeidsdag</translation>
    </message>
    <message>
        <source>The login they use on a shared server, if any</source>
        <translation>Påloggingen personen bruker på en delt server, om noen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Work email</source>
        <translation>&amp;Jobb-e-post</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Employment status</source>
        <translation>Ansettelses&amp;status</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Siste a&amp;rbeidsdag</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Leder</translation>
    </message>
    <message>
        <source>Database l&amp;ogin</source>
        <translation>Databasepål&amp;ogging</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Last inn i&amp;gjen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last inn igjen</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>H&amp;istorikk…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Your unsaved value: “{value}”</source>
        <translation>Din ulagrede verdi: «{value}»</translation>
    </message>
</context>
<context>
    <name>PersonHistoryWindow</name>
    <message>
        <source>Added to the registry</source>
        <translation>Lagt til i registeret</translation>
    </message>
    <message>
        <source>Added to the registry by an import from HR</source>
        <translation>Lagt til i registeret ved en import fra HR</translation>
    </message>
    <message>
        <source>Added to the registry by an account import</source>
        <translation>Lagt til i registeret ved en import av kontoer</translation>
    </message>
    <message>
        <source>Changed the person&apos;s record</source>
        <translation>Endret personens opplysninger</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisert</translation>
    </message>
    <message>
        <source>Started an offboarding</source>
        <translation>Startet en fratreden</translation>
    </message>
    <message>
        <source>Changed the offboarding</source>
        <translation>Endret fratredenen</translation>
    </message>
    <message>
        <source>Closed the offboarding</source>
        <translation>Lukket fratredenen</translation>
    </message>
    <message>
        <source>Reopened the offboarding</source>
        <translation>Gjenåpnet fratredenen</translation>
    </message>
    <message>
        <source>Cancelled the offboarding</source>
        <translation>Avbrøt fratredenen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>Å&amp;pne skanning</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Åpne skanning</translation>
    </message>
    <message>
        <source>Holder&apos;s &amp;agreement (PDF)…</source>
        <translation>Innehaverens &amp;avtale (PDF)…</translation>
    </message>
    <message>
        <source>Holder&apos;s agreement (PDF)</source>
        <translation>Innehaverens avtale (PDF)</translation>
    </message>
    <message>
        <source>The agreement to sign about each account the person holds or administers, as a PDF in the window&apos;s language</source>
        <translation>Avtalen som skal signeres, om hver konto personen innehar eller administrerer, som PDF på vinduets språk</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historikk for {name}</translation>
    </message>
    <message>
        <source>{count} entries, newest first.</source>
        <translation>{count} oppføringer, nyeste først.</translation>
    </message>
    <message>
        <source>Nothing is recorded about this person yet.</source>
        <translation>Ingenting er registrert om denne personen ennå.</translation>
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
        <translation>Ga {document} ({channel}), som dekker {accounts}: {state}</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>utdatert</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <source>Signed scan: removed on anonymisation</source>
        <translation>Signert skanning: fjernet ved anonymisering</translation>
    </message>
    <message>
        <source>Signed scan: {file} ({size} kB), opens read-only</source>
        <translation>Signert skanning: {file} ({size} kB), åpnes skrivebeskyttet</translation>
    </message>
    <message>
        <source>Acknowledged version {version} of the social-media policy</source>
        <translation>Bekreftet versjon {version} av retningslinjene for sosiale medier</translation>
    </message>
    <message>
        <source>Gave ambassador consent for {account}: {scope}</source>
        <translation>Ga samtykke til ambassadørarbeid for {account}: {scope}</translation>
    </message>
    <message>
        <source>nothing asked yet</source>
        <translation>ingenting bedt om ennå</translation>
    </message>
    <message>
        <source>(asked by {name})</source>
        <translation>(spurt av {name})</translation>
    </message>
    <message>
        <source>Withdrew ambassador consent for {account}</source>
        <translation>Trakk tilbake samtykket til ambassadørarbeid for {account}</translation>
    </message>
    <message>
        <source>Save the holder&apos;s agreement as PDF</source>
        <translation>Lagre innehaverens avtale som PDF</translation>
    </message>
    <message>
        <source>Agreement - {name}</source>
        <translation>Avtale - {name}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name or email</source>
        <translation>Skriv navn eller e-post</translation>
    </message>
    <message>
        <source>Loading people…</source>
        <translation>Laster inn personer…</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registeret passer med «{text}»; velg en person fra listen.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Social media in working hours</source>
        <translation>Sosiale medier i arbeidstiden</translation>
    </message>
    <message>
        <source>Is it allowed, limited to some time a day, or up to each employee?</source>
        <translation>Er det tillatt, begrenset til en viss tid per dag, eller opp til hver ansatt?</translation>
    </message>
    <message>
        <source>Friends with colleagues and the boss</source>
        <translation>Venn med kolleger og sjefen</translation>
    </message>
    <message>
        <source>May one decline connection requests from colleagues and managers to keep work and private life apart?</source>
        <translation>Kan man avslå venneforespørsler fra kolleger og ledere for å skille jobb og privatliv?</translation>
    </message>
    <message>
        <source>Privacy settings</source>
        <translation>Personverninnstillinger</translation>
    </message>
    <message>
        <source>How can one be connected with colleagues and managers in a different way than with friends?</source>
        <translation>Hvordan kan man være koblet til kolleger og ledere på en annen måte enn til venner?</translation>
    </message>
    <message>
        <source>Confidential information</source>
        <translation>Konfidensiell informasjon</translation>
    </message>
    <message>
        <source>What counts as confidential about products, customers and the company, and is never shared?</source>
        <translation>Hva regnes som konfidensielt om produkter, kunder og selskapet og deles aldri?</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Åpenhet</translation>
    </message>
    <message>
        <source>Say that you work in the industry, and that you write on your own behalf as a private person.</source>
        <translation>Si at du jobber i bransjen, og at du skriver på egne vegne som privatperson.</translation>
    </message>
    <message>
        <source>Loyalty and consideration</source>
        <translation>Lojalitet og omtanke</translation>
    </message>
    <message>
        <source>How to speak of the workplace; what would be disloyal?</source>
        <translation>Hvordan man omtaler arbeidsplassen; hva ville være illojalt?</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språkbruk</translation>
    </message>
    <message>
        <source>The tone colleagues, managers and competitors can read.</source>
        <translation>Tonen kolleger, ledere og konkurrenter kan lese.</translation>
    </message>
    <message>
        <source>Working time for social media</source>
        <translation>Arbeidstid til sosiale medier</translation>
    </message>
    <message>
        <source>How much working time company accounts and ambassador work may take, and who decides.</source>
        <translation>Hvor mye arbeidstid selskapets kontoer og ambassadørarbeid kan ta, og hvem som bestemmer.</translation>
    </message>
    <message>
        <source>Response expectations</source>
        <translation>Forventninger til svartid</translation>
    </message>
    <message>
        <source>How fast comments and messages are answered, and whether also outside working hours.</source>
        <translation>Hvor raskt kommentarer og meldinger besvares, og om også utenfor arbeidstid.</translation>
    </message>
</context>
<context>
    <name>PolicyDocument</name>
    <message>
        <source>Social-media policy, version {version}</source>
        <translation>Retningslinjer for sosiale medier, versjon {version}</translation>
    </message>
    <message>
        <source>In force from {day}</source>
        <translation>Gjelder fra {day}</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>Godkjent av {name}</translation>
    </message>
</context>
<context>
    <name>PolicyWindow</name>
    <message>
        <source>Social-media policy</source>
        <translation>Retningslinjer for sosiale medier</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versjoner</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Ny versjon</translation>
    </message>
    <message>
        <source>&amp;Acknowledgements</source>
        <translation>&amp;Bekreftelser</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bekreftet av</translation>
    </message>
    <message>
        <source>Versions of the policy</source>
        <translation>Versjoner av retningslinjene</translation>
    </message>
    <message>
        <source>The version&apos;s texts</source>
        <translation>Versjonens tekster</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gjelder</translation>
    </message>
    <message>
        <source>from {day}</source>
        <translation>fra {day}</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>Versjon {version} fra {day}</translation>
    </message>
    <message>
        <source>No version of the policy is recorded yet: record one under “New version”.</source>
        <translation>Ingen versjon av retningslinjene er registrert ennå: registrer en under «Ny versjon».</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Gjelder fra</translation>
    </message>
    <message>
        <source>An area of the company&apos;s own, if any</source>
        <translation>Et eget område for virksomheten, om det finnes</translation>
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
        <translation>&amp;Registrer versjon</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Registrer versjon</translation>
    </message>
    <message>
        <source>A version is never changed once recorded: a change is a new version, which people acknowledge again. Write a text for each area the policy takes a stand on; leave the others empty.</source>
        <translation>En versjon endres aldri når den først er registrert: en endring er en ny versjon, som alle bekrefter på nytt. Skriv en tekst for hvert område retningslinjene tar stilling til; la de andre stå tomme.</translation>
    </message>
    <message>
        <source>Recorded version {version}.</source>
        <translation>Versjon {version} er registrert.</translation>
    </message>
    <message>
        <source>Approved &amp;by</source>
        <translation>Godkjent &amp;av</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the version as PDF</source>
        <translation>Lagre versjonen som PDF</translation>
    </message>
    <message>
        <source>The chosen version as a PDF: the headings in the window&apos;s language, the company&apos;s texts as typed</source>
        <translation>Den valgte versjonen som PDF: overskriftene på vinduets språk, virksomhetens tekster slik de ble skrevet</translation>
    </message>
    <message>
        <source>Save the policy as PDF</source>
        <translation>Lagre retningslinjene som PDF</translation>
    </message>
    <message>
        <source>Record ackno&amp;wledgement</source>
        <translation>Registrer bekreftel&amp;se</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Registrer bekreftelse</translation>
    </message>
    <message>
        <source>Versi&amp;on</source>
        <translation>V&amp;ersjon</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on</source>
        <translation>Bekreftet &amp;den</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Bekreftet den</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer en liste…</translation>
    </message>
    <message>
        <source>Import a list of acknowledgements</source>
        <translation>Importer en liste med bekreftelser</translation>
    </message>
    <message>
        <source>A text or CSV file with one work email and date per line</source>
        <translation>En tekst- eller CSV-fil med én jobb-e-post og dato per linje</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Work email</source>
        <translation>Jobb-e-post</translation>
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
        <translation>Hva som skjer</translation>
    </message>
    <message>
        <source>The list, line by line</source>
        <translation>Listen, linje for linje</translation>
    </message>
    <message>
        <source>Record the &amp;list</source>
        <translation>Registrer &amp;hele listen</translation>
    </message>
    <message>
        <source>Record the list</source>
        <translation>Registrer hele listen</translation>
    </message>
    <message>
        <source>Choose who acknowledged the policy.</source>
        <translation>Velg hvem som har bekreftet retningslinjene.</translation>
    </message>
    <message>
        <source>The day of the acknowledgement is required.</source>
        <translation>Dagen for bekreftelsen må fylles ut.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrert.</translation>
    </message>
    <message>
        <source>Already acknowledged: nothing changed.</source>
        <translation>Allerede bekreftet: ingenting er endret.</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Lister (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Acknowledged already</source>
        <translation>Allerede bekreftet</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registreres</translation>
    </message>
    <message>
        <source>{count} of {lines} lines have a problem: nothing is recorded. Correct the list and import it again.</source>
        <translation>{count} av {lines} linjer har et problem: ingenting registreres. Rett listen og importer den på nytt.</translation>
    </message>
    <message>
        <source>{new} acknowledgements to record, {already} acknowledged already.</source>
        <translation>{new} bekreftelser registreres, {already} allerede bekreftet.</translation>
    </message>
    <message>
        <source>Recorded {recorded} acknowledgements; {already} were acknowledged already.</source>
        <translation>{recorded} bekreftelser er registrert; {already} var allerede bekreftet.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Pseudo (for checking layouts)</source>
        <translation>Pseudo (for å kontrollere oppsettet)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time Account Registry starts.</source>
        <translation>Det nye språket brukes neste gang Account Registry starter.</translation>
    </message>
    <message>
        <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
        <translation>Så lenge miljøvariabelen {variable} er satt (nå til «{value}»), er det den som bestemmer språket.</translation>
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
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
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
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nei til a&amp;lle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
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
        <translation>Databaseinnstillinger</translation>
    </message>
    <message>
        <source>Read only: the login “{login}” may read and export this registry but not change it. The registry&apos;s owner can give it editor rights.</source>
        <translation>Bare lesing: påloggingen «{login}» kan lese og eksportere dette registeret, men ikke endre det. Registerets eier kan gi den redaktørrettigheter.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>A reason is required.</source>
        <translation>En begrunnelse er påkrevd.</translation>
    </message>
</context>
<context>
    <name>RecordConfirmationDialog</name>
    <message>
        <source>Record the signed handover confirmation</source>
        <translation>Registrer den signerte overdragelsesbekreftelsen</translation>
    </message>
    <message>
        <source>Record who signed the handover confirmation, when and how. It covers the accounts of this offboarding as they stand now; a signed scan can be kept with it (PDF, PNG or JPEG, at most 20 MB).</source>
        <translation>Registrer hvem som signerte overdragelsesbekreftelsen, når og hvordan. Den dekker kontoene i denne fratredenen slik de står nå; en signert skanning kan lagres med den (PDF, PNG eller JPEG, høyst 20 MB).</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>Ingen skanning</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Choose a signed scan</source>
        <translation>Velg en signert skanning</translation>
    </message>
    <message>
        <source>Signed &amp;by</source>
        <translation>Si&amp;gnert av</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Signert &amp;den</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signert den</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Signed &amp;scan</source>
        <translation>Signert &amp;skanning</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Skanninger (*.pdf *.png *.jpg *.jpeg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose who signed.</source>
        <translation>Velg hvem som signerte.</translation>
    </message>
    <message>
        <source>The day it was signed is required.</source>
        <translation>Dagen for signeringen må fylles ut.</translation>
    </message>
</context>
<context>
    <name>RegisterAccountDialog</name>
    <message>
        <source>Register account</source>
        <translation>Registrer konto</translation>
    </message>
    <message>
        <source>Record handover terms now</source>
        <translation>Registrer overdragelsesvilkår nå</translation>
    </message>
    <message>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <source>On departure</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Handover terms not saved</source>
        <translation>Overdragelsesvilkår ikke lagret</translation>
    </message>
    <message>
        <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account&apos;s Handover terms tab.</source>
        <translation>Kontoen ble registrert, men overdragelsesvilkårene ble ikke lagret: {error}

Legg dem til i fanen Overdragelsesvilkår på kontoen.</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Allerede registrert</translation>
    </message>
    <message>
        <source>{message}

Open the existing record instead?</source>
        <translation>{message}

Vil du åpne den eksisterende i stedet?</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Åpne eksisterende</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <source>&amp;Note (what needs changing):</source>
        <translation>&amp;Notat (hva som må endres):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notat (valgfritt):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write what needs changing, so that whoever changes it knows.</source>
        <translation>Skriv hva som må endres, så den som skal endre det, vet det.</translation>
    </message>
    <message>
        <source>Flag for change</source>
        <translation>Merk for endring</translation>
    </message>
    <message>
        <source>Say what is no longer true about the {count} selected account(s). The record stays as it is and the account stays due for review until someone confirms it.</source>
        <translation>Skriv hva som ikke lenger stemmer om de(n) {count} valgte kontoen(e). Opplysningene blir stående som de er, og kontoen skal fortsatt gjennomgås til noen bekrefter den.</translation>
    </message>
    <message>
        <source>&amp;Flag for change</source>
        <translation>&amp;Merk for endring</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Merk som gjennomgått</translation>
    </message>
    <message>
        <source>Confirm that the record of the {count} selected account(s) is true as it stands today: holder, administrators, login and handover terms.</source>
        <translation>Bekreft at opplysningene om de(n) {count} valgte kontoen(e) stemmer slik de står i dag: innehaver, administratorer, innlogging og overdragelsesvilkår.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Merk som gjennomgått</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <source>{platform} “{handle}” — {display_name}</source>
        <translation>{platform} «{handle}» – {display_name}</translation>
    </message>
    <message>
        <source>{platform} “{handle}”</source>
        <translation>{platform} «{handle}»</translation>
    </message>
    <message>
        <source>No holder</source>
        <translation>Ingen innehaver</translation>
    </message>
    <message>
        <source>No responsible unit</source>
        <translation>Ingen ansvarlig enhet</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Gjennomgangsrunde</translation>
    </message>
    <message>
        <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
        <translation>Kontoene som skal gjennomgås. Bekreft opplysningene som fortsatt stemmer, slik de er; merk resten for endring med et notat om hva som må endres.</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>&amp;Innehaver</translation>
    </message>
    <message>
        <source>Group by holder</source>
        <translation>Grupper etter innehaver</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig &amp;enhet</translation>
    </message>
    <message>
        <source>Group by responsible unit</source>
        <translation>Grupper etter ansvarlig enhet</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grupper etter:</translation>
    </message>
    <message>
        <source>Accounts due for review</source>
        <translation>Kontoer som skal gjennomgås</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Sist gjennomgått</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Denne runden</translation>
    </message>
    <message>
        <source>Review round summary</source>
        <translation>Oversikt over gjennomgangsrunden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Confirm as is</source>
        <translation>&amp;Bekreft slik den er</translation>
    </message>
    <message>
        <source>Confirm as is</source>
        <translation>Bekreft slik den er</translation>
    </message>
    <message>
        <source>Mark the selected accounts reviewed today: their records are true</source>
        <translation>Merk de valgte kontoene som gjennomgått i dag: opplysningene stemmer</translation>
    </message>
    <message>
        <source>&amp;Flag for change…</source>
        <translation>&amp;Merk for endring…</translation>
    </message>
    <message>
        <source>Flag for change</source>
        <translation>Merk for endring</translation>
    </message>
    <message>
        <source>Note what is no longer true about the selected accounts</source>
        <translation>Noter hva som ikke lenger stemmer om de valgte kontoene</translation>
    </message>
    <message>
        <source>E&amp;xport checklist…</source>
        <translation>E&amp;ksporter sjekkliste…</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Eksporter sjekkliste</translation>
    </message>
    <message>
        <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
        <translation>Skriv runden som en CSV-sjekkliste som kan krysses av på papir eller i et regneark</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Export the review checklist</source>
        <translation>Eksporter sjekklisten for gjennomgangen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Finding the accounts due for review…</source>
        <translation>Finner kontoene som skal gjennomgås…</translation>
    </message>
    <message>
        <source>{group} ({count} due)</source>
        <translation>{group} ({count} til gjennomgang)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source>{count} accounts are due for review, in {groups} groups.</source>
        <translation>{count} kontoer skal gjennomgås, fordelt på {groups} grupper.</translation>
    </message>
    <message>
        <source>No account is due for review. Every record was confirmed within its review interval.</source>
        <translation>Ingen kontoer skal gjennomgås. Alle opplysninger er bekreftet innenfor intervallet for gjennomgang.</translation>
    </message>
    <message>
        <source>Confirmed ✓</source>
        <translation>Bekreftet ✓</translation>
    </message>
    <message>
        <source>Flagged for change: {note}</source>
        <translation>Merket for endring: {note}</translation>
    </message>
    <message>
        <source>Confirmed {count} accounts as they are.</source>
        <translation>Bekreftet {count} kontoer slik de er.</translation>
    </message>
    <message>
        <source>Flagged {count} accounts for change.</source>
        <translation>Merket {count} kontoer for endring.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Stoppet: {reason}</translation>
    </message>
    <message>
        <source>Cancelled before the other {count}.</source>
        <translation>Avbrutt før de siste {count}.</translation>
    </message>
    <message>
        <source>Recording the reviews…</source>
        <translation>Registrerer gjennomgangene…</translation>
    </message>
    <message>
        <source>Wrote the checklist of {count} accounts to {path}.</source>
        <translation>Skrev sjekklisten med {count} kontoer til {path}.</translation>
    </message>
    <message>
        <source>Writing the checklist…</source>
        <translation>Skriver sjekklisten…</translation>
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
        <translation>Ingen har en aktiv rolle som eier eller administrator, så ingen kan styre kontoen eller legge til en ny administrator.</translation>
    </message>
    <message>
        <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform&apos;s support to restore access now, before anyone else claims it.</source>
        <translation>Finn ut hvem som fortsatt har tilgang, og registrer vedkommende som eier eller administrator; har ingen tilgang, be plattformens brukerstøtte om å gjenopprette tilgangen nå, før noen andre gjør krav på kontoen.</translation>
    </message>
    <message>
        <source>Single admin</source>
        <translation>Bare én administrator</translation>
    </message>
    <message>
        <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
        <translation>Bare én person har en rolle som eier eller administrator; hvis vedkommende slutter eller mister tilgangen, står kontoen uten administrator.</translation>
    </message>
    <message>
        <source>Grant a second person the owner or admin role.</source>
        <translation>Gi en person til rollen som eier eller administrator.</translation>
    </message>
    <message>
        <source>Leaver holds a role</source>
        <translation>Avgående har en rolle</translation>
    </message>
    <message>
        <source>Someone who is leaving or has left still holds an active role on the account.</source>
        <translation>Noen som er i ferd med å slutte eller har sluttet, har fortsatt en aktiv rolle på kontoen.</translation>
    </message>
    <message>
        <source>Hand the role over to a successor and revoke the leaver&apos;s role, or settle it in the person&apos;s offboarding.</source>
        <translation>Overdra rollen til en etterfølger og trekk tilbake rollen til den som slutter, eller avklar det i personens fratredelse.</translation>
    </message>
    <message>
        <source>Private login</source>
        <translation>Privat innlogging</translation>
    </message>
    <message>
        <source>The account logs in with an email address outside the company&apos;s domains, so whoever owns that address controls the account.</source>
        <translation>Kontoen logger inn med en e-postadresse utenfor bedriftens domener, så den som eier adressen, kontrollerer kontoen.</translation>
    </message>
    <message>
        <source>Change the account&apos;s login email to a company address, such as a shared communications mailbox.</source>
        <translation>Bytt kontoens innloggingsadresse til en adresse i bedriften, for eksempel en felles postboks for kommunikasjon.</translation>
    </message>
    <message>
        <source>No handover terms</source>
        <translation>Ingen overdragelsesvilkår</translation>
    </message>
    <message>
        <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
        <translation>Det er ikke avtalt noe om hva som skjer med kontoen, følgerne og innholdet når innehaveren eller en administrator slutter.</translation>
    </message>
    <message>
        <source>Agree handover terms with the holder and record them, with the date.</source>
        <translation>Avtal overdragelsesvilkår med innehaveren, og registrer dem med dato.</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>Passord ikke byttet</translation>
    </message>
    <message>
        <source>An administrator&apos;s role was revoked after the stored password was last changed, so someone who left may still know it.</source>
        <translation>En administrators rolle ble trukket tilbake etter at det lagrede passordet sist ble byttet, så noen som har sluttet, kan fortsatt kjenne det.</translation>
    </message>
    <message>
        <source>Change the account&apos;s password and recovery codes, and store the new ones.</source>
        <translation>Bytt kontoens passord og gjenopprettingskoder, og lagre de nye.</translation>
    </message>
    <message>
        <source>No two-factor</source>
        <translation>Ingen tofaktor</translation>
    </message>
    <message>
        <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
        <translation>Kontoen har ikke tofaktorinnlogging, eller ingen har registrert om den har det.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
        <translation>Slå på tofaktorinnlogging med en autentiseringsapp, sikkerhetsnøkkel eller passnøkkel, og registrer metoden.</translation>
    </message>
    <message>
        <source>Owner unknown</source>
        <translation>Eier ukjent</translation>
    </message>
    <message>
        <source>It is not recorded whether the account is the company&apos;s, an employee role or someone&apos;s personal profile, or whose profile it is.</source>
        <translation>Det er ikke registrert om kontoen tilhører bedriften, er en ansattrolle eller noens personlige profil, eller hvem profilen tilhører.</translation>
    </message>
    <message>
        <source>Set the account&apos;s kind and, for an employee-role or personal account, its holder.</source>
        <translation>Angi kontoens type og, for en ansattrolle eller en personlig konto, innehaveren.</translation>
    </message>
    <message>
        <source>No recorded consent</source>
        <translation>Ikke registrert samtykke</translation>
    </message>
    <message>
        <source>The personal profile is listed for ambassador work, but its holder&apos;s consent is not recorded; sharing company content on one&apos;s own profile is voluntary.</source>
        <translation>Den personlige profilen er oppført som ambassadør, men innehaverens samtykke er ikke registrert; å dele selskapets innhold på sin egen profil er frivillig.</translation>
    </message>
    <message>
        <source>Ask the holder and record their consent with what the company may ask, or take the profile off the ambassador list.</source>
        <translation>Spør innehaveren og registrer samtykket med det selskapet kan be om, eller fjern profilen fra ambassadørlisten.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke trukket tilbake</translation>
    </message>
    <message>
        <source>The holder withdrew their consent to ambassador work, but the profile is still listed for it.</source>
        <translation>Innehaveren har trukket tilbake samtykket til ambassadørarbeid, men profilen er fortsatt oppført som ambassadør.</translation>
    </message>
    <message>
        <source>Take the profile off the ambassador list and stop asking the holder to share.</source>
        <translation>Fjern profilen fra ambassadørlisten, og slutt å be innehaveren om å dele.</translation>
    </message>
    <message>
        <source>Holder left</source>
        <translation>Innehaver har sluttet</translation>
    </message>
    <message>
        <source>The employee-role account presents someone who has left, as an employee of the company.</source>
        <translation>Kontoen i ansattrolle viser en som har sluttet, som ansatt i selskapet.</translation>
    </message>
    <message>
        <source>Hand the account over to a successor and rename it, or archive or close it, as its handover terms say.</source>
        <translation>Overlever kontoen til en etterfølger og gi den nytt navn, eller arkiver eller steng den, slik overleveringsvilkårene sier.</translation>
    </message>
    <message>
        <source>Holder not agreed</source>
        <translation>Innehaver ikke enig</translation>
    </message>
    <message>
        <source>The account&apos;s handover terms are recorded, but its holder has not agreed to them.</source>
        <translation>Kontoens overleveringsvilkår er registrert, men innehaveren har ikke godkjent dem.</translation>
    </message>
    <message>
        <source>Go through the terms with the holder and record their agreement.</source>
        <translation>Gå gjennom vilkårene med innehaveren, og registrer godkjenningen.</translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation>Uoffisiell</translation>
    </message>
    <message>
        <source>Someone made the account in the company&apos;s name without a mandate, and nobody has decided what becomes of it.</source>
        <translation>Noen har opprettet kontoen i selskapets navn uten mandat, og ingen har bestemt hva som skal skje med den.</translation>
    </message>
    <message>
        <source>Decide whether the company adopts, hands over, archives or closes it, and record that as its handover terms.</source>
        <translation>Bestem om selskapet overtar, overleverer, arkiverer eller stenger den, og registrer det som overleveringsvilkårene.</translation>
    </message>
    <message>
        <source>Company group kept</source>
        <translation>Firmagruppe beholdt</translation>
    </message>
    <message>
        <source>The unofficial group was built for the company, but its terms say its holder keeps it; groups and networks built for the company stay with the company.</source>
        <translation>Den uoffisielle gruppen er bygget opp for selskapet, men vilkårene sier at innehaveren beholder den; grupper og nettverk bygget for selskapet blir i selskapet.</translation>
    </message>
    <message>
        <source>Agree with the holder that the group is the company&apos;s: record it as a company or employee-role account, with terms that hand it over.</source>
        <translation>Avtal med innehaveren at gruppen er selskapets: registrer den som selskapskonto eller konto i ansattrolle, med vilkår som overleverer den.</translation>
    </message>
    <message>
        <source>Policy not acknowledged</source>
        <translation>Retningslinjer ikke bekreftet</translation>
    </message>
    <message>
        <source>The holder speaks for the company on this account, but has not acknowledged the social-media policy in force.</source>
        <translation>Innehaveren taler på vegne av selskapet på denne kontoen, men har ikke bekreftet gjeldende retningslinjer for sosiale medier.</translation>
    </message>
    <message>
        <source>Give the holder the policy and record their acknowledgement.</source>
        <translation>Gi innehaveren retningslinjene og registrer bekreftelsen.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Endring ikke gjort</translation>
    </message>
    <message>
        <source>A review flagged the account&apos;s record as needing a change, and nobody has resolved it.</source>
        <translation>En gjennomgang merket at kontoens opplysninger må endres, og ingen har løst det.</translation>
    </message>
    <message>
        <source>Make the change the review asked for, then resolve the flag.</source>
        <translation>Gjør endringen gjennomgangen ba om, og løs deretter merkingen.</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Gjennomgang forsinket</translation>
    </message>
    <message>
        <source>Nobody has confirmed within the review interval that the account&apos;s record is still true.</source>
        <translation>Ingen har innenfor intervallet for gjennomgang bekreftet at opplysningene om kontoen fortsatt stemmer.</translation>
    </message>
    <message>
        <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
        <translation>Gå gjennom kontoen: kontroller administratorer, innlogging og vilkår, og merk den deretter som gjennomgått.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høy</translation>
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
        <translation>{at_risk} av {total} forvaltede kontoer er i risiko.</translation>
    </message>
    <message>
        <source>Accounts by risk: {risks}.</source>
        <translation>Kontoer etter risiko: {risks}.</translation>
    </message>
    <message>
        <source>{platform}: {count} ({breakdown})</source>
        <translation>{platform}: {count} ({breakdown})</translation>
    </message>
    <message>
        <source>Accounts at risk by platform, by their worst risk: {platforms}.</source>
        <translation>Kontoer i risiko etter plattform, etter den alvorligste risikoen: {platforms}.</translation>
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
        <translation>{title} ({severity} risiko): {count} kontoer
{explanation}</translation>
    </message>
    <message>
        <source>What to do: {what}</source>
        <translation>Dette kan du gjøre: {what}</translation>
    </message>
    <message>
        <source>{platform}: {count} account at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konto i risiko
Etter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <source>{platform}: {count} accounts at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} kontoer i risiko
Etter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <source>Accounts by risk</source>
        <translation>Kontoer etter risiko</translation>
    </message>
    <message>
        <source>Accounts at risk by platform, by their worst risk</source>
        <translation>Kontoer i risiko etter plattform og alvorligste risiko</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Replace: {field}</source>
        <translation>Erstatt: {field}</translation>
    </message>
    <message>
        <source>Store: {field}</source>
        <translation>Lagre: {field}</translation>
    </message>
    <message>
        <source>It is stored in the operating system&apos;s keyring, never in the registry&apos;s database. Replacing it counts as rotating the login.</source>
        <translation>Det lagres i operativsystemets nøkkelring, aldri i registerets database. Å erstatte det regnes som å bytte innlogging.</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nytt passord</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>S&amp;kriv det igjen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{field} is empty; type or paste it.</source>
        <translation>{field}: feltet er tomt; skriv eller lim inn.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {count} characters).</source>
        <translation>{field}: for langt (høyst {count} tegn).</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>De to passordene er ikke like; skriv dem på nytt.</translation>
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
        <translation>Tom: det som ligger i nøkkelringen</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Krypter når serveren tilbyr det (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Krypter alltid (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-ca)</source>
        <translation>Krypter og kontroller serverens sertifikat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt and check certificate and name (verify-full)</source>
        <translation>Krypter og kontroller sertifikat og navn (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Krypter aldri (disable)</translation>
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
        <translation>&amp;Pålogging</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;ord</translation>
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
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <source>&amp;Next: see the checklist</source>
        <translation>&amp;Neste: se sjekklisten</translation>
    </message>
    <message>
        <source>&amp;Start offboarding</source>
        <translation>&amp;Start fratredelse</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Next: see the checklist</source>
        <translation>Neste: se sjekklisten</translation>
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
        <translation>Det mislyktes uventet; detaljene står i feilloggen.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>company</source>
        <translation>bedrift</translation>
    </message>
    <message>
        <source>employee role</source>
        <translation>ansattrolle</translation>
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
        <translation>arkivert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>frafalt</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
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
        <translation>overdra til etterfølger</translation>
    </message>
    <message>
        <source>transfer to company</source>
        <translation>overdra til bedriften</translation>
    </message>
    <message>
        <source>holder keeps</source>
        <translation>innehaveren beholder den</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arkiver</translation>
    </message>
    <message>
        <source>close</source>
        <translation>steng</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
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
        <translation>sikkerhetsnøkkel</translation>
    </message>
    <message>
        <source>passkey</source>
        <translation>passnøkkel</translation>
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
        <translation>ansatt</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>slutter</translation>
    </message>
    <message>
        <source>left</source>
        <translation>sluttet</translation>
    </message>
    <message>
        <source>external</source>
        <translation>ekstern</translation>
    </message>
    <message>
        <source>holder agreement</source>
        <translation>innehaverens avtale</translation>
    </message>
    <message>
        <source>handover confirmation</source>
        <translation>overdragelsesbekreftelse</translation>
    </message>
    <message>
        <source>signed paper</source>
        <translation>signert papir</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>personlig</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Set up this registry</source>
        <translation>Sett opp dette registeret</translation>
    </message>
    <message>
        <source>1. Your organisation</source>
        <translation>1. Din organisasjon</translation>
    </message>
    <message>
        <source>Its name, the email domains its logins should use (the “Private login” risk needs them) and whose public holidays due dates skip. Skip this if you like.</source>
        <translation>Navnet, e-postdomenene innlogginger skal bruke (risikoen «Privat innlogging» trenger dem), og hvilket lands helligdager frister hopper over. Du kan hoppe over det.</translation>
    </message>
    <message>
        <source>2. Fill the registry</source>
        <translation>2. Fyll registeret</translation>
    </message>
    <message>
        <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
        <translation>Registrer kontoer én og én i visningen Kontoer, importer dem fra et regneark, eller start med et eksempel. Eksempelorganisasjonen, Nordlys Rejser A/S, er et reiseselskap med rundt 120 kontoer og de problemene virkelige registre har: sider med bare én administrator, private innlogginger og folk som har sluttet, men fortsatt har roller.</translation>
    </message>
    <message>
        <source>Import people from HR…</source>
        <translation>Importer personer fra HR…</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Importer personer fra HR</translation>
    </message>
    <message>
        <source>Import the organisation&apos;s people from a spreadsheet (CSV, Excel or LibreOffice) with the columns name, work_email, department, title, manager_email, employment_status, last_working_day; you see a preview first</source>
        <translation>Importer organisasjonens personer fra et regneark (CSV, Excel eller LibreOffice) med kolonnene name, work_email, department, title, manager_email, employment_status, last_working_day; du ser en forhåndsvisning først</translation>
    </message>
    <message>
        <source>Import accounts…</source>
        <translation>Importer kontoer…</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importer kontoer</translation>
    </message>
    <message>
        <source>Import accounts from a spreadsheet (CSV, Excel or LibreOffice); you see a preview before anything is written</source>
        <translation>Importer kontoer fra et regneark (CSV, Excel eller LibreOffice); du ser en forhåndsvisning før noe skrives</translation>
    </message>
    <message>
        <source>Create the sample organisation</source>
        <translation>Opprett eksempelorganisasjonen</translation>
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
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <source>Who is leaving, and when</source>
        <translation>Hvem slutter, og når</translation>
    </message>
    <message>
        <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
        <translation>Sjekklisten lages ut fra kontoene personen er innehaver eller administrator av. Du ser den før noe opprettes.</translation>
    </message>
    <message>
        <source>Optional: who takes over the roles</source>
        <translation>Valgfritt: hvem overtar rollene</translation>
    </message>
    <message>
        <source>Show their &amp;offboarding</source>
        <translation>Vis personens &amp;fratredelse</translation>
    </message>
    <message>
        <source>Show their offboarding</source>
        <translation>Vis personens fratredelse</translation>
    </message>
    <message>
        <source>&amp;Person leaving</source>
        <translation>&amp;Person som slutter</translation>
    </message>
    <message>
        <source>&amp;Last working day</source>
        <translation>Siste a&amp;rbeidsdag</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <source>Default s&amp;uccessor</source>
        <translation>&amp;Etterfølger</translation>
    </message>
    <message>
        <source>The successor receives the leaver&apos;s owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
        <translation>Etterfølgeren får eier- og administratorrollene til den som slutter, når et overdragelsespunkt krysses av. Du kan velge eller bytte etterfølger senere.</translation>
    </message>
    <message>
        <source>&amp;Internal move: the person stays, in another department or role</source>
        <translation>&amp;Intern flytting: personen blir, i en annen avdeling eller rolle</translation>
    </message>
    <message>
        <source>Internal move</source>
        <translation>Intern flytting</translation>
    </message>
    <message>
        <source>Settle their accounts by this day without recording them as leaving; the checklist has no items for a departure</source>
        <translation>Avklar personens kontoer innen denne dagen uten å registrere personen som fratredende; sjekklisten har ingen punkter for en fratredelse</translation>
    </message>
    <message>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation type="vanished">Ingen i registeret passer med «{text}»; velg en person fra listen.</translation>
    </message>
    <message>
        <source>Choose the person who is leaving.</source>
        <translation>Velg personen som slutter.</translation>
    </message>
    <message>
        <source>The last working day is required.</source>
        <translation>Siste arbeidsdag må fylles ut.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>The checklist</source>
        <translation>Sjekklisten</translation>
    </message>
    <message>
        <source>Checklist preview</source>
        <translation>Forhåndsvisning av sjekklisten</translation>
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
        <translation>Ingenting opprettes før du trykker på Start fratredelse. Når fratredelsen startes, registreres personen også som at vedkommende slutter.</translation>
    </message>
    <message>
        <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutter {day}. {successor} overtar rollene. Sjekklisten har {items} punkter på {accounts} kontoer.</translation>
    </message>
    <message>
        <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutter {day}. Ingen etterfølger er valgt ennå: overdragelsespunktene venter på en. Sjekklisten har {items} punkter på {accounts} kontoer.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>{title} (ticking it moves the roles)</source>
        <translation>{title} (når punktet krysses av, flyttes rollene)</translation>
    </message>
    <message>
        <source>{account} ({count})</source>
        <translation>{account} ({count})</translation>
    </message>
</context>
</TS>
