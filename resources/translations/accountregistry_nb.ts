<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="28"/>
        <source>Previous month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="29"/>
        <source>Next month</source>
        <translation>Neste måned</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="38"/>
        <source>Clear the field</source>
        <translation>Tøm feltet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="41"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="49"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="58"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
</context>
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="66"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="67"/>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="68"/>
        <source>Handle</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="69"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="70"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="71"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="73"/>
        <source>Official</source>
        <translation>Offisiell</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="74"/>
        <source>Holder</source>
        <translation>Innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="75"/>
        <source>Responsible unit</source>
        <translation>Ansvarlig enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="76"/>
        <source>Login email</source>
        <translation>E-post for innlogging</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="77"/>
        <source>Two-factor method</source>
        <translation>Tofaktormetode</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="78"/>
        <source>Purpose and mandate</source>
        <translation>Formål og mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="79"/>
        <source>Response expectations</source>
        <translation>Forventninger til svar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="80"/>
        <source>Consent given on</source>
        <translation>Samtykke gitt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="81"/>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbake den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="82"/>
        <source>Review interval (months)</source>
        <translation>Intervall for gjennomgang (måneder)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="83"/>
        <source>Last reviewed on</source>
        <translation>Sist gjennomgått den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="84"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="85"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="86"/>
        <source>Login secret stored</source>
        <translation>Innlogging lagret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="87"/>
        <source>Secret last changed</source>
        <translation>Innlogging sist endret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="88"/>
        <source>Secret changed by</source>
        <translation>Innlogging endret av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="89"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="90"/>
        <source>Disposition</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="91"/>
        <source>Successor</source>
        <translation>Etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="92"/>
        <source>Followers, network and groups</source>
        <translation>Følgere, nettverk og grupper</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="93"/>
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="94"/>
        <source>Notice (days)</source>
        <translation>Varsel (dager)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="95"/>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="96"/>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="97"/>
        <source>Agreed for the company by</source>
        <translation>Undertegnet for bedriften av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="98"/>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="99"/>
        <source>Revoked on</source>
        <translation>Tilbakekalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="100"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="101"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="103"/>
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="104"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="105"/>
        <source>Assigned function</source>
        <translation>Ansvarlig funksjon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="106"/>
        <source>Due (business days from the last working day)</source>
        <translation>Frist (arbeidsdager fra siste arbeidsdag)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="107"/>
        <source>Due on</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="108"/>
        <source>Reason for waiving</source>
        <translation>Begrunnelse for frafall</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="109"/>
        <source>Done by</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="110"/>
        <source>Done at</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="111"/>
        <source>Changes in the registry</source>
        <translation>Endringer i registeret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="135"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="596"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="135"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="596"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="137"/>
        <source>person no. {number}</source>
        <translation>person nr. {number}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="176"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="179"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: «{old}» → «{new}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="187"/>
        <source>a role</source>
        <translation>en rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="191"/>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="192"/>
        <source>Registered the {platform} {presence} “{handle}”</source>
        <translation>Registrerte {platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="195"/>
        <source>Granted {role} to {person}</source>
        <translation>Tildelte {person} rollen {role}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="197"/>
        <source>Revoked {role} from {person}</source>
        <translation>Trakk tilbake rollen {role} fra {person}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="199"/>
        <source>Agreed handover terms, version {version}</source>
        <translation>Avtalte overdragelsesvilkår, versjon {version}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="202"/>
        <source>Changed the account</source>
        <translation>Endret kontoen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="204"/>
        <source>Archived the account</source>
        <translation>Arkiverte kontoen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="206"/>
        <source>Confirmed the record in a review</source>
        <translation>Bekreftet opplysningene ved en gjennomgang</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="208"/>
        <source>Flagged the record for change in a review</source>
        <translation>Merket opplysningene for endring ved en gjennomgang</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="210"/>
        <source>Planned an offboarding checklist item</source>
        <translation>Planla et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="211"/>
        <source>Ticked off an offboarding checklist item</source>
        <translation>Krysset av et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="212"/>
        <source>Waived an offboarding checklist item</source>
        <translation>Frafalt et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="213"/>
        <source>Reopened an offboarding checklist item</source>
        <translation>Gjenåpnet et punkt på fratredelsessjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="219"/>
        <source>{action} ({entity})</source>
        <translation>{action} ({entity})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="226"/>
        <source>login</source>
        <translation>innlogging</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="228"/>
        <source>Stored the {field} in the keyring</source>
        <translation>Lagret {field} i nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="230"/>
        <source>Replaced the {field} in the keyring</source>
        <translation>Erstattet {field} i nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="232"/>
        <source>Deleted the {field} from the keyring</source>
        <translation>Slettet {field} fra nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="234"/>
        <source>Marked the login as rotated</source>
        <translation>Merket innloggingen som byttet</translation>
    </message>
</context>
<context>
    <name>AccountDetailWindow</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="265"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="273"/>
        <source>&amp;Credentials</source>
        <translation>Innloggingsdetal&amp;jer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="291"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="292"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="293"/>
        <source>Revert</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="312"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="345"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="312"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="345"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="312"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="345"/>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="313"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Granted by</source>
        <translation>Tildelt av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="313"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="356"/>
        <source>Active administrators</source>
        <translation>Aktive administratorer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="316"/>
        <source>Revoke the selected role</source>
        <translation>Trekk tilbake den valgte rollen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="319"/>
        <source>Why the role ends, e.g. left the company, changed team</source>
        <translation>Hvorfor rollen opphører, f.eks. sluttet, byttet team</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="321"/>
        <source>Re&amp;voke</source>
        <translation>Trekk &amp;tilbake</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="322"/>
        <source>Revoke</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="266"/>
        <source>Overvie&amp;w</source>
        <translation>Oversi&amp;kt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="267"/>
        <source>Adm&amp;inistrators</source>
        <translation>A&amp;dministratorer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="268"/>
        <source>Handover te&amp;rms</source>
        <translation>Overdragelsesvilk&amp;år</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="269"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="324"/>
        <source>R&amp;eason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="325"/>
        <source>Revoked o&amp;n</source>
        <translation>Tilbakekalt d&amp;en</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="329"/>
        <source>Grant a role</source>
        <translation>Tildel en rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="337"/>
        <source>&amp;Grant</source>
        <translation>T&amp;ildel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="338"/>
        <source>Grant</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="339"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="340"/>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;lle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="341"/>
        <source>Granted &amp;on</source>
        <translation>Tildelt de&amp;n</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Revoked on</source>
        <translation>Tilbakekalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Revoked by</source>
        <translation>Tilbakekalt av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="347"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="347"/>
        <source>Grants and revocations</source>
        <translation>Tildelinger og tilbaketrekninger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="359"/>
        <source>Grants and revocations, newest first</source>
        <translation>Tildelinger og tilbaketrekninger, nyeste først</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="367"/>
        <source>&amp;Edit terms…</source>
        <translation>&amp;Rediger vilkår…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="368"/>
        <source>Edit terms</source>
        <translation>Rediger vilkår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Disposition</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="371"/>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="371"/>
        <source>Agreed for the company by</source>
        <translation>Undertegnet for bedriften av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="372"/>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="372"/>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="375"/>
        <source>Terms of the selected version</source>
        <translation>Vilkårene i den valgte versjonen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="382"/>
        <source>All versions (select one to read it)</source>
        <translation>Alle versjoner (velg en for å lese den)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="390"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="412"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="415"/>
        <source>{account} — {platform}[*]</source>
        <translation>{account} – {platform}[*]</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="417"/>
        <source>{display_name} — {account}</source>
        <translation>{display_name} – {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="441"/>
        <source>Current terms (version {version}): {disposition}, agreed on {date}.</source>
        <translation>Gjeldende vilkår (versjon {version}): {disposition}, avtalt den {date}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="445"/>
        <source>No handover terms are agreed for this account yet.</source>
        <translation>Det er ennå ikke avtalt overdragelsesvilkår for kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="542"/>
        <source>No one in the registry matches “{typed}”; choose a person from the list.</source>
        <translation>Ingen i registeret passer med «{typed}»; velg en person fra listen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="544"/>
        <source>Choose the person to grant the role to.</source>
        <translation>Velg personen som skal få rollen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="601"/>
        <source>{days} days</source>
        <translation>{days} dager</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="602"/>
        <source>Version {version}, recorded {when} by {who}</source>
        <translation>Versjon {version}, registrert {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="605"/>
        <source>On departure: {disposition}</source>
        <translation>Ved fratreden: {disposition}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="606"/>
        <source>Successor: {person}</source>
        <translation>Etterfølger: {person}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="608"/>
        <source>Notice: {notice}</source>
        <translation>Varsel: {notice}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="609"/>
        <source>Agreed on: {date}</source>
        <translation>Avtalt den: {date}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="610"/>
        <source>Agreed by the holder: {answer}</source>
        <translation>Avtalt med innehaveren: {answer}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="611"/>
        <source>Agreed for the company by: {who}</source>
        <translation>Undertegnet for bedriften av: {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="613"/>
        <source>Followers, network and groups:</source>
        <translation>Følgere, nettverk og grupper:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="615"/>
        <source>Content:</source>
        <translation>Innhold:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="651"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="651"/>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Kontoen har endringer som ikke er lagret. Vil du lagre dem?</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="270"/>
        <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
        <translation>Lim inn adressen, f.eks. https://www.linkedin.com/company/acme</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="273"/>
        <source>Choose a platform</source>
        <translation>Velg en plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="282"/>
        <source>Kind: whose account is it?</source>
        <translation>Type: hvem tilhører kontoen?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="283"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="304"/>
        <source>Personal account</source>
        <translation>Personlig konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="308"/>
        <source>Official: made with the company&apos;s mandate</source>
        <translation>Offisiell: opprettet med bedriftens mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="320"/>
        <source>blank = organisation default ({months})</source>
        <translation>tomt = organisasjonens standard ({months})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="322"/>
        <source>What the account is for, what may be said on it, to whom</source>
        <translation>Hva kontoen brukes til, hva som kan sies der, og til hvem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="324"/>
        <source>e.g. answer messages within one working day</source>
        <translation>f.eks. svar på meldinger innen én arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="330"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="335"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="336"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="337"/>
        <source>Pr&amp;esence</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="338"/>
        <source>&amp;Handle</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="339"/>
        <source>&amp;Display name</source>
        <translation>&amp;Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="342"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="332"/>
        <source>Holder and care</source>
        <translation>Innehaver og drift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="344"/>
        <source>H&amp;older</source>
        <translation>&amp;Innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="345"/>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig &amp;enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="346"/>
        <source>&amp;Login email</source>
        <translation>E-post for inn&amp;logging</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="347"/>
        <source>&amp;Two-factor method</source>
        <translation>&amp;Tofaktormetode</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="349"/>
        <source>Re&amp;view interval (months)</source>
        <translation>Intervall for &amp;gjennomgang (måneder)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="350"/>
        <source>Purpose and &amp;mandate</source>
        <translation>Formål og &amp;mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="351"/>
        <source>Response e&amp;xpectations</source>
        <translation>F&amp;orventninger til svar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="353"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="416"/>
        <source>Recognised: {platform} {presence} “{handle}”.</source>
        <translation>Gjenkjent: {platform}-{presence} «{handle}».</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="441"/>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="452"/>
        <source>Outside the company&apos;s domains ({domains}): this login could leave with the address&apos;s owner.</source>
        <translation>Utenfor bedriftens domener ({domains}): denne innloggingen kan forsvinne med den som eier adressen.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="59"/>
        <source>Belongs to the company; whoever runs it does so for the company.</source>
        <translation>Tilhører bedriften; den som driver kontoen, gjør det på vegne av bedriften.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="60"/>
        <source>The person is present as an employee of the company; the account stays with the company.</source>
        <translation>Personen er til stede som ansatt i bedriften; kontoen blir i bedriften.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="62"/>
        <source>Belongs to the holder; the employer can never take it over.</source>
        <translation>Tilhører innehaveren; arbeidsgiveren kan aldri overta den.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="63"/>
        <source>Flagged as a risk until someone settles whose it is.</source>
        <translation>Merkes som en risiko til noen avklarer hvem den tilhører.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="66"/>
        <source>Company</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="67"/>
        <source>Employee role</source>
        <translation>Ansattrolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="68"/>
        <source>Personal</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="69"/>
        <source>Not known yet</source>
        <translation>Ikke kjent ennå</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="71"/>
        <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
        <translation>En personlig konto tilhører innehaveren. Arbeidsgiveren kan aldri overta den, så overdragelsesvilkårene kan ikke overføre den til en etterfølger eller til bedriften.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="75"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="76"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="77"/>
        <source>Authenticator app</source>
        <translation>Autentiseringsapp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="78"/>
        <source>Security key</source>
        <translation>Sikkerhetsnøkkel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="79"/>
        <source>Passkey</source>
        <translation>Passnøkkel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="80"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="81"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="84"/>
        <source>Transfer to the successor</source>
        <translation>Overdra til etterfølgeren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="85"/>
        <source>Transfer to the company</source>
        <translation>Overdra til bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="86"/>
        <source>The holder keeps it</source>
        <translation>Innehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="87"/>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="88"/>
        <source>Close</source>
        <translation>Steng</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="55"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="56"/>
        <source>The platform the account is on</source>
        <translation>Plattformen kontoen ligger på</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="57"/>
        <source>Handle</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="58"/>
        <source>The account&apos;s handle or address on its platform</source>
        <translation>Kontoens brukernavn eller adresse på plattformen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="59"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="60"/>
        <source>The name the account shows</source>
        <translation>Navnet kontoen viser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="61"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="62"/>
        <source>Whom the account belongs to: the company, an employee role, or a person</source>
        <translation>Hvem kontoen tilhører: bedriften, en ansattrolle eller en person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="64"/>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="65"/>
        <source>Profile, page, group or channel</source>
        <translation>Profil, side, gruppe eller kanal</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="67"/>
        <source>Active, dormant, archived or closed</source>
        <translation>Aktiv, hvilende, arkivert eller stengt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="68"/>
        <source>Holder</source>
        <translation>Innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="69"/>
        <source>The person the account presents</source>
        <translation>Personen kontoen presenterer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="70"/>
        <source>Admins</source>
        <translation>Adm.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="71"/>
        <source>How many people hold an active role on the account</source>
        <translation>Hvor mange som har en aktiv rolle på kontoen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="72"/>
        <source>Next review</source>
        <translation>Gjennomgås</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="73"/>
        <source>When the account&apos;s record should next be confirmed</source>
        <translation>Når opplysningene om kontoen neste gang skal bekreftes</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="74"/>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="75"/>
        <source>What puts the account at risk, worst first</source>
        <translation>Hva som utsetter kontoen for risiko, det alvorligste først</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="157"/>
        <source>Not known</source>
        <translation>Ikke kjent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="171"/>
        <source>{risk} ({severity}): {explanation}</source>
        <translation>{risk} ({severity}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="377"/>
        <source>No risks found.</source>
        <translation>Ingen risikoer funnet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="379"/>
        <source>{platform} {presence}: {handle}</source>
        <translation>{platform}-{presence}: {handle}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="382"/>
        <source>Nobody holds an active role.</source>
        <translation>Ingen har en aktiv rolle.</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="102"/>
        <source>Handle, display name, holder, administrator name or email</source>
        <translation>Brukernavn, visningsnavn, innehaver, administratornavn eller e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="104"/>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="106"/>
        <source>All platforms</source>
        <translation>Alle plattformer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="109"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="111"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="115"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="117"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="120"/>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="121"/>
        <source>Only at &amp;risk</source>
        <translation>Bare med &amp;risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="122"/>
        <source>Only at risk</source>
        <translation>Bare med risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="125"/>
        <source>Risks are not computed in this version.</source>
        <translation>Risikoer beregnes ikke i denne versjonen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="138"/>
        <source>Register account…</source>
        <translation>Registrer konto…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="139"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="255"/>
        <source>Register account</source>
        <translation>Registrer konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="140"/>
        <source>Register a new account (Ctrl+N)</source>
        <translation>Registrer en ny konto (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="141"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="142"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="264"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="143"/>
        <source>Open the selected account (Enter or double-click)</source>
        <translation>Åpne den valgte kontoen (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="144"/>
        <source>Archive…</source>
        <translation>Arkiver…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="145"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="266"/>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="146"/>
        <source>Archive the selected account, keeping its record and history (Delete)</source>
        <translation>Arkiver den valgte kontoen; opplysningene og historikken beholdes (Delete)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="148"/>
        <source>Mark re&amp;viewed…</source>
        <translation>Merk som &amp;gjennomgått…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="149"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="261"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="537"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="547"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="568"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="575"/>
        <source>Mark reviewed</source>
        <translation>Merk som gjennomgått</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="150"/>
        <source>Confirm that the selected accounts&apos; records are true today (Ctrl+Shift+M)</source>
        <translation>Bekreft at opplysningene om de valgte kontoene stemmer i dag (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="152"/>
        <source>Review r&amp;ound…</source>
        <translation>Gjennomgangsr&amp;unde…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="153"/>
        <source>Review round</source>
        <translation>Gjennomgangsrunde</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="154"/>
        <source>Go through every account due for review, by holder or unit</source>
        <translation>Gå gjennom alle kontoer som skal gjennomgås, etter innehaver eller enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="155"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="156"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="157"/>
        <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
        <translation>Importer kontoer fra et regneark (CSV), med forhåndsvisning først (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="159"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="160"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="161"/>
        <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
        <translation>Eksporter eierskapsrapporten for de viste kontoene til et regneark (CSV) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="163"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="314"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="503"/>
        <source>Loading accounts…</source>
        <translation>Laster inn kontoer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="164"/>
        <source>Accounts shown</source>
        <translation>Viste kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="178"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="520"/>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="253"/>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="257"/>
        <source>Export the ownership report</source>
        <translation>Eksporter eierskapsrapporten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="259"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="482"/>
        <source>Import accounts</source>
        <translation>Importer kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="319"/>
        <source>{total} account</source>
        <translation>{total} konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="319"/>
        <source>{total} accounts</source>
        <translation>{total} kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="321"/>
        <source>Showing {shown} of {total} account</source>
        <translation>Viser {shown} av {total} konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="322"/>
        <source>Showing {shown} of {total} accounts</source>
        <translation>Viser {shown} av {total} kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="409"/>
        <source>{platform} {presence} “{handle}” ({display_name})</source>
        <translation>{platform}-{presence} «{handle}» ({display_name})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="413"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="416"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="425"/>
        <source>Archive account</source>
        <translation>Arkiver konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="417"/>
        <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
        <translation>Vil du arkivere {name}?

Kontoen blir værende i registeret med administratorer, overdragelsesvilkår og historikk; den blir ikke lenger gjennomgått eller merket med risikoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="483"/>
        <source>Spreadsheets as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Regneark som tekst (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="520"/>
        <source>The accounts could not be read again: {reason}</source>
        <translation>Kontoene kunne ikke leses inn igjen: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="538"/>
        <source>Archived and closed accounts are not reviewed.</source>
        <translation>Arkiverte og stengte kontoer gjennomgås ikke.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="545"/>
        <source>Marking {count} accounts reviewed…</source>
        <translation>Merker {count} kontoer som gjennomgått…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="546"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="569"/>
        <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
        <translation>{done} av {total} kontoer ble merket som gjennomgått; deretter: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="95"/>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.

The details were also written to {path}.</source>
        <translation>Noe gikk galt som Account Registry ikke hadde forventet. Det du har lagret tidligere, er trygt; den siste handlingen ble kanskje ikke fullført.

Detaljene er også skrevet til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="100"/>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
        <translation>Noe gikk galt som Account Registry ikke hadde forventet. Det du har lagret tidligere, er trygt; den siste handlingen ble kanskje ikke fullført.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="116"/>
        <source>The registry could not be opened.

{error}</source>
        <translation>Registeret kunne ikke åpnes.

{error}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="93"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}, then remove {leaver}</source>
        <translation>Overdra rollen som {role} på {account} fra {leaver} til {successor}, og fjern deretter {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="96"/>
        <source>Remove {leaver}&apos;s {role} access to {account}</source>
        <translation>Fjern tilgangen som {role} til {account} for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="98"/>
        <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
        <translation>Bytt passordet til {account} når {leaver} har sluttet, og lagre det nye i nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="101"/>
        <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}&apos;s</source>
        <translation>Bytt innloggings- og gjenopprettingsadressen for {account} fra {leaver_email} til en av bedriftens postbokser, og også gjenopprettingstelefonen hvis den tilhører {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="104"/>
        <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
        <translation>Flytt tofaktorenheten for {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="106"/>
        <source>Find out whether the two-factor login of {account} depends on {leaver}&apos;s phone or key</source>
        <translation>Finn ut om tofaktorinnloggingen på {account} er avhengig av en telefon eller nøkkel som {leaver} har</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="109"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}: it was made in the company&apos;s name, so it and its members stay with the company</source>
        <translation>Overdra rollen som {role} på {account} fra {leaver} til {successor}: den ble opprettet i bedriftens navn, så den og medlemmene blir i bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="112"/>
        <source>Decide whether {account}, made by {leaver} in the company&apos;s name, becomes an official company account or is closed</source>
        <translation>Bestem om {account}, som {leaver} opprettet i bedriftens navn, skal bli en offisiell bedriftskonto eller stenges</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="115"/>
        <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
        <translation>Avtal med {leaver} hva som skal skje med {account} (overdras, arkiveres eller stenges); ingen overdragelsesvilkår er registrert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="118"/>
        <source>Transfer {account} to {successor} and rename it to {successor}&apos;s name, as agreed</source>
        <translation>Overdra {account} til {successor}, og gi den nytt navn etter {successor}, som avtalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="121"/>
        <source>Turn {account} into a company account, as agreed, and hand {leaver}&apos;s {role} role to {successor}</source>
        <translation>Gjør {account} om til en bedriftskonto som avtalt, og overdra rollen som {role} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="124"/>
        <source>Archive {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Arkiver {account} som avtalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="126"/>
        <source>Close {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Steng {account} som avtalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="128"/>
        <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}&apos;s {role} role in the registry</source>
        <translation>{leaver} beholder {account} som avtalt: gi den nytt navn så den ikke lenger taler på vegne av bedriften, og fjern rollen som {role} for {leaver} i registeret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="131"/>
        <source>Update the bio of {account}: {leaver} no longer works for the company</source>
        <translation>Oppdater profilteksten på {account}: {leaver} jobber ikke lenger i bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="133"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}</source>
        <translation>Overdra rollen som {role} på {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="135"/>
        <source>Update the title and employer on {account} (it stays {leaver}&apos;s own profile)</source>
        <translation>Oppdater tittel og arbeidsgiver på {account} (profilen tilhører fortsatt {leaver} selv)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="138"/>
        <source>Step down, from {account}, as administrator of the company&apos;s pages and groups</source>
        <translation>Gå av som administrator for bedriftens sider og grupper fra {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="141"/>
        <source>Record that {leaver}&apos;s ambassador consent for {account} ends on the last working day</source>
        <translation>Registrer at samtykket fra {leaver} til å være ambassadør med {account} opphører siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="144"/>
        <source>Remove {leaver}&apos;s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
        <translation>Fjern rollen som {role} på {account} for {leaver} fra registeret: bedriften forvalter den ikke lenger, og profilen blir hos innehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="147"/>
        <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
        <translation>Slett den lagrede innloggingen til {account} fra nøkkelringen: det er en personlig profil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="150"/>
        <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
        <translation>Finn ut hvem {account} tilhører, og registrer typen før {leaver} slutter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="153"/>
        <source>Remove {leaver}&apos;s {role} role on {account} once it is settled whose account it is</source>
        <translation>Fjern rollen som {role} på {account} for {leaver} når det er avklart hvem kontoen tilhører</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="156"/>
        <source>Remove {leaver}&apos;s {role} role on {account}, which is no longer in use</source>
        <translation>Fjern rollen som {role} på {account} for {leaver}; kontoen er ikke lenger i bruk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="158"/>
        <source>Confirm that no company account still logs in or recovers its password with {leaver}&apos;s mailbox {leaver_email}</source>
        <translation>Bekreft at ingen av bedriftens kontoer lenger logger inn eller gjenoppretter passordet med postboksen {leaver_email} som tilhører {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="161"/>
        <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
        <translation>Innhent underskrifter fra {leaver} og bedriften på overdragelsesbekreftelsen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="164"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="166"/>
        <source>Communications</source>
        <translation>Kommunikasjon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="168"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="170"/>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="172"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="174"/>
        <source>editor</source>
        <translation>redaktør</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="176"/>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="178"/>
        <source>analyst</source>
        <translation>analytiker</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="180"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="182"/>
        <source>{first} and {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="184"/>
        <source>transfer to successor</source>
        <translation>overdragelse til etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="186"/>
        <source>transfer to company</source>
        <translation>overdragelse til bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="188"/>
        <source>holder keeps</source>
        <translation>innehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="190"/>
        <source>archive</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="192"/>
        <source>close</source>
        <translation>stenging</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="194"/>
        <source>none agreed</source>
        <translation>ingenting avtalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="196"/>
        <source>(no work email recorded)</source>
        <translation>(ingen jobb-e-post registrert)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="198"/>
        <source>the successor</source>
        <translation>etterfølgeren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="200"/>
        <source>{name} (leaver)</source>
        <translation>{name} (slutter)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="202"/>
        <source>{name} (successor)</source>
        <translation>{name} (etterfølger)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="204"/>
        <source>Successor (not chosen yet)</source>
        <translation>Etterfølger (ikke valgt ennå)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="206"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="208"/>
        <source>page</source>
        <translation>side</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="210"/>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="212"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
</context>
<context>
    <name>CredentialsSection</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="425"/>
        <source>No stored logins</source>
        <translation>Ingen lagrede innlogginger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="432"/>
        <source>Logins kept in the keyring</source>
        <translation>Innlogginger i nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="453"/>
        <source>Rotation</source>
        <translation>Bytte av innlogging</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="457"/>
        <source>&amp;Mark rotated</source>
        <translation>&amp;Merk som byttet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="458"/>
        <source>Mark rotated</source>
        <translation>Merk som byttet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="460"/>
        <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
        <translation>Når innloggingen er endret på plattformen, lagrer du den nye med Erstatt…, eller merker den som byttet hvis den nye oppbevares et annet sted. Uansett noterer registeret hvem som gjorde det og når.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="477"/>
        <source>Waiting for the keyring</source>
        <translation>Venter på nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="478"/>
        <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
        <translation>Venter på nøkkelringen… Hvis den ber om å bli låst opp, svar på det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="480"/>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Slutt å vente</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="481"/>
        <source>Stop waiting</source>
        <translation>Slutt å vente</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="482"/>
        <source>Stop waiting for this answer; the keyring may still finish it.</source>
        <translation>Slutt å vente på dette svaret; nøkkelringen kan fortsatt fullføre det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="496"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="520"/>
        <source>Keyring problem</source>
        <translation>Problem med nøkkelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="534"/>
        <source>Check a&amp;gain</source>
        <translation>Sjekk i&amp;gjen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="535"/>
        <source>Check the keyring again</source>
        <translation>Sjekk nøkkelringen igjen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="578"/>
        <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
        <translation>Dette er en personlig konto: innloggingen tilhører innehaveren, og registeret lagrer den ikke. Det er derfor ingenting å gjøre her.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="582"/>
        <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
        <translation>Angi under Oversikt om dette er en bedrifts-, ansattrolle- eller personlig konto; innlogginger lagres bare for bedrifts- og ansattrollekontoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="593"/>
        <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
        <translation>{reason} Resten av registeret virker som vanlig; innlogginger lagres aldri et annet sted i stedet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="597"/>
        <source>Logins of this account are kept in the operating system&apos;s keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontoens innlogginger oppbevares i operativsystemets nøkkelring ({backend}). Registeret noterer bare at en er lagret, og når og av hvem den sist ble endret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="601"/>
        <source>Logins of this account are kept in the operating system&apos;s keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontoens innlogginger oppbevares i operativsystemets nøkkelring. Registeret noterer bare at en er lagret, og når og av hvem den sist ble endret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="608"/>
        <source>Checking the keyring…</source>
        <translation>Sjekker nøkkelringen…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="612"/>
        <source>Wait for the keyring to answer.</source>
        <translation>Vent til nøkkelringen svarer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="620"/>
        <source>Replace…</source>
        <translation>Erstatt…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="620"/>
        <source>Set…</source>
        <translation>Angi…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="621"/>
        <source>Replace {field}</source>
        <translation>Erstatt {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="622"/>
        <source>Set {field}</source>
        <translation>Angi {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="627"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="340"/>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="627"/>
        <source>Reveal</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="67"/>
        <source>Login password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="68"/>
        <source>Recovery codes</source>
        <translation>Gjenopprettingskoder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="69"/>
        <source>Two-factor notes</source>
        <translation>Notater om tofaktor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="84"/>
        <source>The keyring failed; try again.</source>
        <translation>Nøkkelringen feilet; prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="85"/>
        <source>The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your keyring application, or by logging in again) and try again.</source>
        <translation>Nøkkelringen er låst, eller forespørselen om å låse den opp ble avvist; lås den opp (for eksempel i nøkkelringprogrammet ditt eller ved å logge inn på nytt) og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="88"/>
        <source>The keyring did not answer in time; check whether it is showing an unlock prompt, or restart it, and try again.</source>
        <translation>Nøkkelringen svarte ikke i tide; sjekk om den ber om å bli låst opp, eller start den på nytt, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="90"/>
        <source>No keyring is available on this computer; install and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Det finnes ingen nøkkelring på denne datamaskinen; installer og lås opp en Secret Service, for eksempel GNOME-nøkkelring eller KWallet, og prøv så igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="92"/>
        <source>No keyring is available on this computer; check that the operating system&apos;s credential store works, then try again.</source>
        <translation>Det finnes ingen nøkkelring på denne datamaskinen; sjekk at operativsystemets lager for påloggingsinformasjon virker, og prøv så igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="94"/>
        <source>Keyring storage is switched off (the null keyring is configured); choose the operating system&apos;s keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.</source>
        <translation>Lagring i nøkkelring er slått av (null-nøkkelringen er valgt); velg operativsystemets nøkkelring i keyringrc.cfg eller PYTHON_KEYRING_BACKEND for å lagre innlogginger.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="97"/>
        <source>The configured keyring keeps secrets in a file of its own, not in the operating system&apos;s keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager instead.</source>
        <translation>Den valgte nøkkelringen lagrer hemmeligheter i en egen fil, ikke i operativsystemets nøkkelring; velg i stedet GNOME-nøkkelring, KWallet, macOS-nøkkelringen eller Windows Legitimasjonsbehandling.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="100"/>
        <source>The keyring has no usable default collection; open your keyring application (such as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.</source>
        <translation>Nøkkelringen har ingen brukbar standardsamling; åpne nøkkelringprogrammet ditt (for eksempel Seahorse eller KWallet Manager), opprett eller lås opp standardnøkkelringen, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="103"/>
        <source>A personal account&apos;s login belongs to its holder; the registry does not store it.</source>
        <translation>Innloggingen til en personlig konto tilhører innehaveren; registeret lagrer den ikke.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="156"/>
        <source>Something unexpected went wrong ({name}); nothing was shown or changed in the keyring by this window.</source>
        <translation>Det oppstod en uventet feil ({name}); dette vinduet har ikke vist eller endret noe i nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="341"/>
        <source>Reveal {field}</source>
        <translation>Vis {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="342"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="343"/>
        <source>Copy {field}</source>
        <translation>Kopier {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="344"/>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="353"/>
        <source>{field}, revealed</source>
        <translation>{field}, vist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="629"/>
        <source>Type the {field} to store it in the keyring.</source>
        <translation>Skriv inn {field} og lagre i nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="630"/>
        <source>Show the {field} for {seconds} seconds.</source>
        <translation>Vis {field} i {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="631"/>
        <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
        <translation>Kopier {field}; utklippstavlen tømmes igjen etter {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="633"/>
        <source>Remove the {field} from the keyring.</source>
        <translation>Fjern {field} fra nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="636"/>
        <source>Hide the {field} now.</source>
        <translation>Skjul {field} nå.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="643"/>
        <source>No {field} is stored yet.</source>
        <translation>Ikke lagret ennå: {field}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="651"/>
        <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
        <translation>Sist lagret, erstattet eller merket som byttet {when} av {who}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="652"/>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="654"/>
        <source>No login is stored for this account.</source>
        <translation>Ingen innlogging er lagret for denne kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="657"/>
        <source>Record that the login was changed at the platform, by you, now.</source>
        <translation>Registrer at du har endret innloggingen på plattformen nå.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="658"/>
        <source>Store a login first; then its rotation can be recorded.</source>
        <translation>Lagre en innlogging først; deretter kan byttet registreres.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="662"/>
        <source>The keyring is locked</source>
        <translation>Nøkkelringen er låst</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="664"/>
        <source>The keyring does not answer</source>
        <translation>Nøkkelringen svarer ikke</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="666"/>
        <source>No keyring to store logins in</source>
        <translation>Ingen nøkkelring å lagre innlogginger i</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="667"/>
        <source>The keyring failed</source>
        <translation>Nøkkelringen feilet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="671"/>
        <source>Not stored</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="673"/>
        <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
        <translation>Registrert som lagret, men nøkkelringen har det ikke: angi det på nytt med Erstatt…, eller slett registreringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="677"/>
        <source>Stored</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="678"/>
        <source>Stored; set on {when} by {who}</source>
        <translation>Lagret; angitt {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="731"/>
        <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
        <translation>Sluttet å vente på nøkkelringen. Hvis den svarer senere, blir listen ovenfor oppdatert.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="763"/>
        <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
        <translation>Nøkkelringen mangler {field} for denne kontoen, selv om registeret angir at det er lagret. Angi det på nytt med Erstatt…, eller slett registreringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="784"/>
        <source>Hidden again after {seconds} s.</source>
        <translation>Skjules igjen etter {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="790"/>
        <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
        <translation>Kopierte {field}. Utklippstavlen tømmes igjen etter {seconds} s hvis den fortsatt inneholder det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="795"/>
        <source>Stored the {field} in the keyring.</source>
        <translation>Lagret {field} i nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="800"/>
        <source>Deleted the {field} from the keyring.</source>
        <translation>Slettet {field} fra nøkkelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="345"/>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="859"/>
        <source>Delete {field}</source>
        <translation>Slett {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="860"/>
        <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
        <translation>Vil du slette {field} fra nøkkelringen? Det kan ikke gjenopprettes; registeret lagrer bare at det ble slettet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="881"/>
        <source>Recorded that the login was rotated.</source>
        <translation>Registrerte at innloggingen er byttet.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="37"/>
        <source>The company&apos;s own pages, groups and channels.</source>
        <translation>Bedriftens egne sider, grupper og kanaler.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="38"/>
        <source>Accounts in which an employee is visibly present for the company.</source>
        <translation>Kontoer der en ansatt er synlig til stede for bedriften.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="40"/>
        <source>People&apos;s own profiles; the company can never take them over.</source>
        <translation>Personers egne profiler; bedriften kan aldri overta dem.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="42"/>
        <source>Nobody has recorded whose account it is yet.</source>
        <translation>Ingen har ennå registrert hvem kontoen tilhører.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="113"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="120"/>
        <source>Accounts looked after, by kind</source>
        <translation>Forvaltede kontoer etter type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="125"/>
        <source>{kind} accounts</source>
        <translation>Kontoer av typen {kind}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="137"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="138"/>
        <source>Show all accounts</source>
        <translation>Vis alle kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="143"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="146"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="148"/>
        <source>people are registered: employees, leavers and external helpers who hold or administer accounts.</source>
        <translation>personer er registrert: ansatte, folk som slutter, og eksterne hjelpere som er innehavere av eller administrerer kontoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="153"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="157"/>
        <source>Accounts at risk</source>
        <translation>Kontoer i risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="160"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="161"/>
        <source>Show accounts at risk</source>
        <translation>Vis kontoer i risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="211"/>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="212"/>
        <source>Counting the registry…</source>
        <translation>Teller opp registeret…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="218"/>
        <source>Your organisation</source>
        <translation>Din organisasjon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="228"/>
        <source>{looked_after} of {accounts} registered accounts are looked after; {retired} archived or closed are not counted.</source>
        <translation>{looked_after} av {accounts} registrerte kontoer forvaltes; {retired} arkiverte eller stengte telles ikke.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="231"/>
        <source>{looked_after} of {accounts} registered accounts are looked after.</source>
        <translation>{looked_after} av {accounts} registrerte kontoer forvaltes.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="239"/>
        <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
        <translation>&lt;b&gt;{at_risk}&lt;/b&gt; av {looked_after} forvaltede kontoer er i risiko. Hold musen over en søyle, eller gå til den med piltastene, for å se hva risikoen betyr og hva du kan gjøre.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="243"/>
        <source>No account looked after is at risk.</source>
        <translation>Ingen forvaltet konto er i risiko.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="244"/>
        <source>Nothing to assess yet.</source>
        <translation>Ingenting å vurdere ennå.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="39"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="41"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="43"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="45"/>
        <source>in {days} days</source>
        <translation>om {days} dager</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="47"/>
        <source>{days} days ago</source>
        <translation>for {days} dager siden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="48"/>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="56"/>
        <source>“{text}” is not a date that exists ({example}).</source>
        <translation>«{text}» er ikke en dato som finnes ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="58"/>
        <source>“{text}” has a two-digit year; write the year in full ({example}).</source>
        <translation>«{text}» har et tosifret årstall; skriv hele årstallet ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="61"/>
        <source>“{text}” could be {one} or {other}; write it as {first} or {second}.</source>
        <translation>«{text}» kan være {one} eller {other}; skriv den som {first} eller {second}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="63"/>
        <source>“{text}” is not a date ({example}).</source>
        <translation>«{text}» er ikke en dato ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="65"/>
        <source>“{text}” is not a complete date ({example}).</source>
        <translation>«{text}» er ikke en fullstendig dato ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="73"/>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="88"/>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="106"/>
        <source>for example 31.12.2026 or 2026-12-31</source>
        <translation>f.eks. 31.12.2026 eller 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="110"/>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="111"/>
        <source>Choose the date from a calendar (Alt+Down in the field)</source>
        <translation>Velg datoen i en kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="112"/>
        <source>Choose from a calendar</source>
        <translation>Velg i en kalender</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="116"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="29"/>
        <source>Transferred to the successor</source>
        <translation>Overdratt til etterfølgeren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="30"/>
        <source>Transferred to the company</source>
        <translation>Overdratt til bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="31"/>
        <source>The holder keeps it</source>
        <translation>Innehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="32"/>
        <source>Archived</source>
        <translation>Arkivert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="33"/>
        <source>Closed</source>
        <translation>Stengt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="36"/>
        <source>Company account</source>
        <translation>Bedriftskonto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="37"/>
        <source>Employee-role account</source>
        <translation>Konto i ansattrolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="38"/>
        <source>Personal account</source>
        <translation>Personlig konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="39"/>
        <source>Kind not recorded</source>
        <translation>Type ikke registrert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="42"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="43"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="44"/>
        <source>Waived</source>
        <translation>Frafalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="47"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="48"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="49"/>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="94"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="103"/>
        <location filename="../../accountregistry/gui/documents.py" line="125"/>
        <location filename="../../accountregistry/gui/documents.py" line="151"/>
        <source>Reason: {reason}</source>
        <translation>Begrunnelse: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="105"/>
        <location filename="../../accountregistry/gui/documents.py" line="153"/>
        <source>Note: {note}</source>
        <translation>Notat: {note}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="114"/>
        <source>Offboarding of {leaver}</source>
        <translation>Fratredelse for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="115"/>
        <source>not chosen yet</source>
        <translation>ikke valgt ennå</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="118"/>
        <location filename="../../accountregistry/gui/documents.py" line="226"/>
        <source>Last working day: {day}</source>
        <translation>Siste arbeidsdag: {day}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="119"/>
        <location filename="../../accountregistry/gui/documents.py" line="228"/>
        <source>Successor: {name}</source>
        <translation>Etterfølger: {name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="120"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="121"/>
        <source>{settled} of {total} items settled</source>
        <translation>{settled} av {total} punkter avklart</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="126"/>
        <source>Printed on {day}</source>
        <translation>Skrevet ut {day}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="129"/>
        <source>What stands in the way</source>
        <translation>Hindringer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="134"/>
        <location filename="../../accountregistry/gui/documents.py" line="276"/>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="135"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="135"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="135"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="142"/>
        <location filename="../../accountregistry/gui/documents.py" line="282"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="146"/>
        <source>Open, overdue</source>
        <translation>Åpen, forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="158"/>
        <source>This offboarding has no items.</source>
        <translation>Denne fratredelsen har ingen punkter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="168"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="169"/>
        <source>– still the leaver</source>
        <translation>– fortsatt den som slutter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="172"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="181"/>
        <source>No checklist item</source>
        <translation>Ingen punkter på sjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="187"/>
        <source>No handover terms agreed</source>
        <translation>Ingen overdragelsesvilkår avtalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="190"/>
        <source>{outcome} (agreed {day})</source>
        <translation>{outcome} (avtalt {day})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="199"/>
        <source>The company</source>
        <translation>Bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="200"/>
        <source>Nobody recorded</source>
        <translation>Ingen registrert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="206"/>
        <source>No: the leaver is still {roles}</source>
        <translation>Nei: den som slutter, er fortsatt {roles}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="209"/>
        <source>No: 1 item open</source>
        <translation>Nei: 1 punkt åpent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="211"/>
        <source>No: {count} items open</source>
        <translation>Nei: {count} punkter åpne</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="212"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="222"/>
        <source>not chosen</source>
        <translation>ikke valgt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="223"/>
        <source>Leaver: {who}</source>
        <translation>Avgående: {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="225"/>
        <source>Position: {role}</source>
        <translation>Stilling: {role}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="229"/>
        <source>Offboarding {number}: {status}</source>
        <translation>Fratredelse {number}: {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="232"/>
        <source>Closed on {when} by {who}</source>
        <translation>Lukket {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="239"/>
        <source>Handover confirmation</source>
        <translation>Overdragelsesbekreftelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="241"/>
        <source>the company</source>
        <translation>bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="242"/>
        <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company&apos;s pages, groups and accounts stay with the company; personal profiles remain their holder&apos;s own.</source>
        <translation>Denne bekreftelsen viser hva som har skjedd med hver konto i sosiale medier som {leaver} hadde eller administrerte for {organisation}. Bedriftens sider, grupper og kontoer blir i bedriften; personlige profiler forblir innehaverens egne.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="250"/>
        <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
        <translation>Ikke alt er avklart ennå ({count} kontoer er fortsatt åpne). Skriv under når alle kontoer er avklart.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="255"/>
        <source>Accounts ({count})</source>
        <translation>Kontoer ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="256"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="256"/>
        <location filename="../../accountregistry/gui/documents.py" line="273"/>
        <source>Agreed outcome</source>
        <translation>Avtalt utfall</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="257"/>
        <source>Settled</source>
        <translation>Avklart</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="263"/>
        <source>The leaver held or administered no account.</source>
        <translation>Den som slutter, var verken innehaver eller administrator av noen konto.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="271"/>
        <source>{kind}, {status}</source>
        <translation>{kind}, {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="272"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="274"/>
        <source>Held by now</source>
        <translation>Innehaver nå</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="275"/>
        <source>Administered by now</source>
        <translation>Administratorer nå</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="286"/>
        <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
        <translation>Overdragelsesbekreftelse for {leaver}, fratredelse {number}, siste arbeidsdag {day}: {count} kontoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="296"/>
        <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company&apos;s accounts.</source>
        <translation>Ved å skrive under bekrefter begge parter at kontoene i denne bekreftelsen er avklart som beskrevet, og at den som slutter, ikke lenger har tilgang til bedriftens kontoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="299"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="299"/>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="300"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="301"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="302"/>
        <source>Leaver</source>
        <translation>Den som slutter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="303"/>
        <source>For the company (HR)</source>
        <translation>For bedriften (HR)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="353"/>
        <source>{path} is a folder; give the path of a PDF file.</source>
        <translation>{path} er en mappe; oppgi banen til en PDF-fil.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="356"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="361"/>
        <location filename="../../accountregistry/gui/documents.py" line="380"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan ikke skrive {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="376"/>
        <source>Cannot write {path}: the PDF could not be made.</source>
        <translation>Kan ikke skrive {path}: PDF-filen kunne ikke lages.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="87"/>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="199"/>
        <source>Export the ownership report</source>
        <translation>Eksporter eierskapsrapporten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="89"/>
        <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back.</source>
        <translation>Én rad per konto, med innehaver, administratorer, innlogging, tofaktorinnlogging, overdragelsesvilkår, datoer for gjennomgang og risikoer. Excel og LibreOffice kan åpne den, og Importer kan lese den inn igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="95"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="96"/>
        <source>The file to write; type a name or choose one</source>
        <translation>Filen som skal skrives; skriv et navn eller velg en</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="99"/>
        <source>Choose the file</source>
        <translation>Velg filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="100"/>
        <source>Choose the file in a file dialog</source>
        <translation>Velg filen i en fildialog</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="108"/>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="111"/>
        <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
        <translation>Semikolon ( ; ) for norsk, dansk, svensk og det meste av Europa</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="112"/>
        <source>Comma ( , ) for English</source>
        <translation>Komma ( , ) for engelsk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="113"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="115"/>
        <source>Delimiter</source>
        <translation>Skilletegn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="116"/>
        <source>The character between cells. The spreadsheet on this computer expects the one chosen first.</source>
        <translation>Tegnet mellom cellene. Regnearket på denne datamaskinen forventer det som er valgt fra start.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="120"/>
        <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
        <translation>Bare de &amp;viste kontoene (gjeldende filtre: {count} kontoer)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="122"/>
        <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
        <translation>De &amp;viste kontoene ({count} kontoer; ingen filtre er satt)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="124"/>
        <source>Only the accounts shown</source>
        <translation>Bare de viste kontoene</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="125"/>
        <source>&amp;All accounts ({count})</source>
        <translation>&amp;Alle kontoer ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="127"/>
        <source>All accounts</source>
        <translation>Alle kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="138"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="142"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="145"/>
        <source>Accounts:</source>
        <translation>Kontoer:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="148"/>
        <source>Export progress</source>
        <translation>Eksportens fremdrift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="153"/>
        <source>Export status</source>
        <translation>Eksportens status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="164"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="165"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="168"/>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="279"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="200"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="205"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="206"/>
        <source>{path} exists already. Replace it with the new report?</source>
        <translation>{path} finnes allerede. Vil du erstatte den med den nye rapporten?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="245"/>
        <source>Give the name of the file to write the report to.</source>
        <translation>Angi navnet på filen rapporten skal skrives til.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="252"/>
        <source>Reading {count} accounts…</source>
        <translation>Leser {count} kontoer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="268"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="279"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="287"/>
        <source>Writing {done} of {total} accounts…</source>
        <translation>Skriver {done} av {total} kontoer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="296"/>
        <source>Exported {count} account to {path}.</source>
        <translation>Eksporterte {count} konto til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="297"/>
        <source>Exported {count} accounts to {path}.</source>
        <translation>Eksporterte {count} kontoer til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="303"/>
        <source>Not exported. {reason}</source>
        <translation>Ikke eksportert. {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="305"/>
        <source>The export failed unexpectedly; no file was written.</source>
        <translation>Eksporten mislyktes uventet; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="310"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
</context>
<context>
    <name>HandoverTermsDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="51"/>
        <source>Handover terms: {platform} {handle}</source>
        <translation>Overdragelsesvilkår: {platform} {handle}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="54"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} «{handle}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="57"/>
        <source>{account} — {display_name}</source>
        <translation>{account} – {display_name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="59"/>
        <source>{account} ({kind})</source>
        <translation>{account} ({kind})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="73"/>
        <source>What happens to followers, the network and groups built for the company</source>
        <translation>Hva som skjer med følgere, nettverket og grupper bygget opp for bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="75"/>
        <source>What happens to posts, messages and media</source>
        <translation>Hva som skjer med innlegg, meldinger og medier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="77"/>
        <source>blank = none agreed</source>
        <translation>tomt = ingenting avtalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="79"/>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="82"/>
        <source>Name of who signed for the company</source>
        <translation>Navn på den som signerte for bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="86"/>
        <source>&amp;Disposition</source>
        <translation>&amp;Ved fratreden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="87"/>
        <source>&amp;Successor</source>
        <translation>&amp;Etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="88"/>
        <source>&amp;Followers, network and groups</source>
        <translation>&amp;Følgere, nettverk og grupper</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="89"/>
        <source>&amp;Content</source>
        <translation>&amp;Innhold</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="90"/>
        <source>&amp;Notice (days)</source>
        <translation>Var&amp;sel (dager)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="91"/>
        <source>A&amp;greed on</source>
        <translation>&amp;Avtalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="93"/>
        <source>Agreed for the company &amp;by</source>
        <translation>&amp;Undertegnet for bedriften av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="100"/>
        <source>Save as new version</source>
        <translation>Lagre som ny versjon</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="184"/>
        <source>Import accounts from {name}</source>
        <translation>Importer kontoer fra {name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="189"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="194"/>
        <source>{action} rows</source>
        <translation>Rader: {action}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="203"/>
        <source>What the import says</source>
        <translation>Importens melding</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="208"/>
        <source>Notes about the file</source>
        <translation>Merknader om filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="212"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="214"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="223"/>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="244"/>
        <source>The chosen row</source>
        <translation>Den valgte raden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="249"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="253"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="254"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="255"/>
        <source>Import only the &amp;valid rows…</source>
        <translation>Importer bare de &amp;gyldige radene…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="257"/>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="293"/>
        <source>Import only the valid rows</source>
        <translation>Importer bare de gyldige radene</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="258"/>
        <source>Leave out the rows in error and import the others</source>
        <translation>Utelat radene med feil, og importer resten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="260"/>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="394"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="284"/>
        <source>Checking {path}…</source>
        <translation>Kontrollerer {path}…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="294"/>
        <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
        <translation>Vil du importere {importing} rader og utelate de {skipped} radene med feil? Radene som utelates, importeres ikke; rett dem i filen og importer den på nytt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="307"/>
        <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
        <translation>{name}: {rows} rader. Ingenting blir skrevet før du trykker på Importer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="311"/>
        <source>{action}: {count}</source>
        <translation>{action}: {count}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="317"/>
        <source>All rows ({count})</source>
        <translation>Alle rader ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="319"/>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="326"/>
        <source>Columns this registry does not know are left out: {columns}.</source>
        <translation>Kolonner som registeret ikke kjenner, utelates: {columns}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="329"/>
        <source>Columns the registry computes itself are not read: {columns}.</source>
        <translation>Kolonner som registeret beregner selv, leses ikke: {columns}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="332"/>
        <source>{count} people not yet in the registry will be added.</source>
        <translation>{count} personer som ennå ikke er i registeret, blir lagt til.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="340"/>
        <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
        <translation>{count} rader kan ikke importeres; den første er linje {line}: {reason} Rett filen og kontroller den på nytt, eller importer bare de gyldige radene.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="344"/>
        <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
        <translation>Ingenting å importere: alle kontoene i filen står allerede i registeret slik filen angir dem.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="370"/>
        <source>Line {line}: {action}, {account}. {details}</source>
        <translation>Linje {line}: {action}, {account}. {details}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="371"/>
        <source>Line {line}: {action}, {account}.</source>
        <translation>Linje {line}: {action}, {account}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="386"/>
        <source>Disabled: {count} rows are in error. Correct them, or import only the valid rows.</source>
        <translation>Ikke mulig: {count} rader har feil. Rett dem, eller importer bare de gyldige radene.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="389"/>
        <source>Write the new and changed accounts to the registry</source>
        <translation>Skriv de nye og endrede kontoene til registeret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="394"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="415"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="425"/>
        <source>Cancelling; nothing will be written…</source>
        <translation>Avbryter; ingenting blir skrevet…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="444"/>
        <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importert fra {name}: {created} nye kontoer, {updated} oppdatert, {unchanged} uendret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="450"/>
        <source>{count} people added</source>
        <translation>{count} personer lagt til</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="452"/>
        <source>{count} roles granted</source>
        <translation>{count} roller tildelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="454"/>
        <source>{count} handover terms recorded</source>
        <translation>{count} overdragelsesvilkår registrert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="456"/>
        <source>{count} rows in error left out</source>
        <translation>{count} rader med feil utelatt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="467"/>
        <source>{name} cannot be imported.</source>
        <translation>{name} kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="475"/>
        <source>The import failed unexpectedly; nothing was written.</source>
        <translation>Importen mislyktes uventet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="482"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="59"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="60"/>
        <source>Update</source>
        <translation>Oppdatering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="61"/>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="62"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="65"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="66"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="67"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="68"/>
        <source>What changes, or why the row cannot be imported</source>
        <translation>Hva som endres, eller hvorfor raden ikke kan importeres</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="87"/>
        <source>A new account.</source>
        <translation>En ny konto.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="90"/>
        <source>{column}: “{old}” → “{new}”</source>
        <translation>{column}: «{old}» → «{new}»</translation>
    </message>
</context>
<context>
    <name>LastDayDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="99"/>
        <source>Change the last working day</source>
        <translation>Endre siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="100"/>
        <source>Open items move with the last working day; done and waived items keep their dates.</source>
        <translation>Åpne punkter flyttes med siste arbeidsdag; utførte og frafalte punkter beholder datoene sine.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="101"/>
        <source>&amp;Change</source>
        <translation>&amp;Endre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="104"/>
        <source>&amp;Last working day</source>
        <translation>Siste a&amp;rbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="105"/>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="115"/>
        <source>The last working day is required.</source>
        <translation>Siste arbeidsdag må fylles ut.</translation>
    </message>
</context>
<context>
    <name>LeaversPanel</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="39"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="41"/>
        <source>{days} days ago</source>
        <translation>for {days} dager siden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="43"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="45"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="46"/>
        <source>in {days} days</source>
        <translation>om {days} dager</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="51"/>
        <source>1 account</source>
        <translation>1 konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="53"/>
        <source>{count} accounts</source>
        <translation>{count} kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="55"/>
        <source>1 open item</source>
        <translation>1 åpent punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="56"/>
        <source>{count} open items</source>
        <translation>{count} åpne punkter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="58"/>
        <source>1 role held</source>
        <translation>1 rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="59"/>
        <source>{count} roles held</source>
        <translation>{count} roller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="69"/>
        <source>People leaving</source>
        <translation>Personer som slutter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="74"/>
        <source>in the next {days} days</source>
        <translation>de neste {days} dagene</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="75"/>
        <source>Leaving &amp;within</source>
        <translation>Slutter &amp;innen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="77"/>
        <source>Leaving within</source>
        <translation>Slutter innen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="82"/>
        <source>People leaving with accounts unsettled</source>
        <translation>Personer som slutter med kontoer som ikke er avklart</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Unsettled</source>
        <translation>Ikke avklart</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="84"/>
        <source>Offboarding</source>
        <translation>Fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="90"/>
        <source>Click a person, or press Enter, to see their offboarding</source>
        <translation>Klikk på en person, eller trykk på Enter, for å se personens fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="138"/>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="140"/>
        <source>started</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="140"/>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="151"/>
        <source>{count} people leave within {days} days with accounts unsettled.</source>
        <translation>{count} personer slutter innen {days} dager med kontoer som ikke er avklart.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="153"/>
        <source>1 person leaves within {days} days with accounts unsettled.</source>
        <translation>1 person slutter innen {days} dager med kontoer som ikke er avklart.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="156"/>
        <source>No one leaves within {days} days with anything unsettled.</source>
        <translation>Ingen slutter innen {days} dager med noe som ikke er avklart.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="38"/>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="38"/>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="39"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="39"/>
        <source>Offboarding</source>
        <translation>Fratredelser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="83"/>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="93"/>
        <source>{view} (Ctrl+{number})</source>
        <translation>{view} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="113"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="114"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="117"/>
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="123"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="216"/>
        <source>Loading the registry…</source>
        <translation>Laster inn registeret…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="251"/>
        <source>The registry could not be read.</source>
        <translation>Registeret kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="253"/>
        <source>The registry could not be read.

{error}</source>
        <translation>Registeret kunne ikke leses.

{error}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="257"/>
        <source>Reading the registry failed unexpectedly. Nothing was changed.</source>
        <translation>Det oppstod en uventet feil under lesing av registeret. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="290"/>
        <source>Create the sample organisation</source>
        <translation>Opprett eksempelorganisasjonen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="293"/>
        <source>Created {organisation}: {accounts} accounts and {people} people.</source>
        <translation>Opprettet {organisation}: {accounts} kontoer og {people} personer.</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="49"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="50"/>
        <source>Overdue</source>
        <translation>Forsinkede</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="51"/>
        <source>Closed</source>
        <translation>Lukkede</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="52"/>
        <source>Cancelled</source>
        <translation>Avbrutte</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="55"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="357"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="365"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="56"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="360"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="57"/>
        <source>Waived</source>
        <translation>Frafalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="74"/>
        <source>{settled} of {total} settled</source>
        <translation>{settled} av {total} avklart</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="100"/>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} «{name}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="127"/>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation>{leaver} er eneste eier eller administrator av {account}, og ingen etterfølger er valgt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="132"/>
        <source>Overdue since {day}: {title}</source>
        <translation>Forsinket siden {day}: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="138"/>
        <source>The last working day, {day}, has passed.</source>
        <translation>Siste arbeidsdag, {day}, er passert.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="140"/>
        <source>The last working day, {day}, is today.</source>
        <translation>Siste arbeidsdag, {day}, er i dag.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="142"/>
        <source>The last working day, {day}, is in 1 business day.</source>
        <translation>Siste arbeidsdag, {day}, er om 1 arbeidsdag.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="144"/>
        <source>The last working day, {day}, is in {days} business days.</source>
        <translation>Siste arbeidsdag, {day}, er om {days} arbeidsdager.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="147"/>
        <source>1 item is still open.</source>
        <translation>1 punkt er fortsatt åpent.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="148"/>
        <source>{count} items are still open.</source>
        <translation>{count} punkter er fortsatt åpne.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="149"/>
        <source>{when} {still}</source>
        <translation>{when} {still}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="171"/>
        <source>Leaver</source>
        <translation>Avgående</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="171"/>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="172"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="186"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="195"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="206"/>
        <source>{progress}, {count} overdue</source>
        <translation>{progress}, {count} forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="300"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="300"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="301"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="301"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="318"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="331"/>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>Når punktet krysses av, overdras rollene den som slutter har på kontoen, til etterfølgeren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="357"/>
        <source>Open, overdue</source>
        <translation>Åpen, forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="359"/>
        <source>Waived: {reason}</source>
        <translation>Frafalt: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="366"/>
        <source>{status} by {who} on {when}</source>
        <translation>{status} av {who} {when}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="370"/>
        <source>Reason: {reason}</source>
        <translation>Begrunnelse: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="372"/>
        <source>Note: {note}</source>
        <translation>Notat: {note}</translation>
    </message>
</context>
<context>
    <name>OffboardingView</name>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="144"/>
        <source>&amp;Start offboarding…</source>
        <translation>&amp;Start fratredelse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="145"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="356"/>
        <source>Start offboarding</source>
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="146"/>
        <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
        <translation>Start en fratredelse for en som slutter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="150"/>
        <source>Offboardings</source>
        <translation>Fratredelser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="164"/>
        <source>&amp;Cases</source>
        <translation>Sa&amp;ker</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="189"/>
        <source>Change las&amp;t day…</source>
        <translation>Endre siste &amp;dag…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="190"/>
        <source>Change the last working day</source>
        <translation>Endre siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="195"/>
        <source>Not chosen yet: type a name or email</source>
        <translation>Ikke valgt ennå: skriv et navn eller en e-postadresse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="196"/>
        <source>Set s&amp;uccessor</source>
        <translation>&amp;Angi etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="197"/>
        <source>Set successor</source>
        <translation>Angi etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="198"/>
        <source>Open items for the successor follow the new choice; an empty field clears it.</source>
        <translation>Åpne punkter for etterfølgeren følger det nye valget; et tomt felt fjerner etterfølgeren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="209"/>
        <source>Last working day:</source>
        <translation>Siste arbeidsdag:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="211"/>
        <source>Succ&amp;essor:</source>
        <translation>&amp;Etterfølger:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="213"/>
        <source>Successor</source>
        <translation>Etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="219"/>
        <source>Blockers</source>
        <translation>Hindringer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="221"/>
        <source>Why the offboarding cannot be closed</source>
        <translation>Hvorfor fratredelsen ikke kan lukkes</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="227"/>
        <source>Assigned to &amp;me</source>
        <translation>Tildelt &amp;meg</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="228"/>
        <source>Only items assigned to me</source>
        <translation>Bare punkter som er tildelt meg</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="229"/>
        <source>Chec&amp;klist</source>
        <translation>S&amp;jekkliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="234"/>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="235"/>
        <source>Space ticks the current item done, or reopens a settled one.</source>
        <translation>Mellomrom krysser av det gjeldende punktet som utført eller gjenåpner et avklart punkt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="266"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="631"/>
        <source>&amp;Done</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="266"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="267"/>
        <source>Tick the current item done (Space in the checklist)</source>
        <translation>Kryss av det gjeldende punktet som utført (Mellomrom i sjekklisten)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268"/>
        <source>Done with &amp;note…</source>
        <translation>Utført med &amp;notat…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268"/>
        <source>Done with a note</source>
        <translation>Utført med et notat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269"/>
        <source>&amp;Waive…</source>
        <translation>F&amp;rafall…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269"/>
        <source>Waive</source>
        <translation>Frafall</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="270"/>
        <source>Settle the item without doing it; a reason is required</source>
        <translation>Avklar punktet uten å utføre det; en begrunnelse er påkrevd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271"/>
        <source>Re&amp;open item…</source>
        <translation>Gjenåpne &amp;punkt…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="653"/>
        <source>Reopen item</source>
        <translation>Gjenåpne punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272"/>
        <source>C&amp;lose case</source>
        <translation>&amp;Lukk sak</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272"/>
        <source>Close case</source>
        <translation>Lukk sak</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="273"/>
        <source>Close the offboarding once every item is settled and the leaver holds no role</source>
        <translation>Lukk fratredelsen når alle punkter er avklart og den som slutter, ikke har noen roller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="275"/>
        <source>&amp;Reopen case…</source>
        <translation>&amp;Gjenåpne sak…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="275"/>
        <source>Reopen case</source>
        <translation>Gjenåpne sak</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="276"/>
        <source>Cancel c&amp;ase…</source>
        <translation>A&amp;vbryt sak…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="276"/>
        <source>Cancel case</source>
        <translation>Avbryt sak</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="277"/>
        <source>The person stays after all; the case is kept, marked cancelled</source>
        <translation>Personen blir likevel; saken beholdes, merket som avbrutt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="278"/>
        <source>E&amp;xport CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="278"/>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="279"/>
        <source>&amp;Print…</source>
        <translation>Skriv u&amp;t…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="279"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="280"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="280"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Lagre s&amp;om PDF…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="281"/>
        <source>&amp;Handover confirmation…</source>
        <translation>Overdragelses&amp;bekreftelse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="281"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="910"/>
        <source>Handover confirmation</source>
        <translation>Overdragelsesbekreftelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="282"/>
        <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
        <translation>En PDF med alle kontoer og utfallet for hver, som den som slutter, og bedriften skriver under på</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="310"/>
        <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
        <translation>Velg en fratredelse i listen, eller start en for en som slutter. Sjekklisten lages ut fra kontoene personen er innehaver eller administrator av.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="470"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="898"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="933"/>
        <source>Offboarding of {leaver}</source>
        <translation>Fratredelse for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="473"/>
        <source>Closed on {when} by {who}. {progress}.</source>
        <translation>Lukket {when} av {who}. {progress}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="476"/>
        <source>Cancelled: {reason}. Reopen it to work on it again.</source>
        <translation>Avbrutt: {reason}. Gjenåpne saken for å arbeide videre med den.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="479"/>
        <source>Open: {progress}.</source>
        <translation>Åpen: {progress}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="481"/>
        <source>Reopened: {reason}.</source>
        <translation>Gjenåpnet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="499"/>
        <source>What stands in the way ({count})</source>
        <translation>Hindringer ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="527"/>
        <source>Items assigned to {name}, {department}: you are recorded as {actor}.</source>
        <translation>Punkter som er tildelt {name}, {department}: du er registrert som {actor}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="531"/>
        <source>Items assigned to {name}: you are recorded as {actor}.</source>
        <translation>Punkter som er tildelt {name}: du er registrert som {actor}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="534"/>
        <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
        <translation>Ingen i registeret passer med {actor}, navnet du er registrert under; bare punkter som er tildelt en funksjon som heter {actor}, er dine.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="554"/>
        <source>No item of this offboarding is assigned to you.</source>
        <translation>Ingen punkter i denne fratredelsen er tildelt deg.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="594"/>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>Når punktet krysses av, overdras rollene den som slutter har på kontoen, til etterfølgeren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="619"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="632"/>
        <source>Done: {title}</source>
        <translation>Utført: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="630"/>
        <source>Done, with a note</source>
        <translation>Utført, med et notat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="630"/>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <source>Waive item</source>
        <translation>Frafall punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="767"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="781"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <source>&amp;Waive</source>
        <translation>&amp;Frafall</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="640"/>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv hvorfor punktet frafalles; et frafalt punkt krever en begrunnelse.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="642"/>
        <source>Waived: {title}</source>
        <translation>Frafalt: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="650"/>
        <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
        <translation>Roller som overdragelsen flyttet, blir der de er; flytt dem tilbake på kontoen om nødvendig.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="653"/>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Begrunnelse (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="654"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="767"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="656"/>
        <source>Reopened: {title}</source>
        <translation>Gjenåpnet: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="692"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registeret passer med «{text}»; velg en person fra listen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="701"/>
        <source>The successor is set; open items for the successor follow.</source>
        <translation>Etterfølgeren er angitt; åpne punkter for etterfølgeren følger med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="715"/>
        <source>The last working day is changed; open items moved with it.</source>
        <translation>Siste arbeidsdag er endret; åpne punkter er flyttet med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="731"/>
        <source>The offboarding of {leaver} is closed.</source>
        <translation>Fratredelsen for {leaver} er lukket.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="737"/>
        <source>The offboarding cannot be closed yet: {count} things remain.</source>
        <translation>Fratredelsen kan ikke lukkes ennå: {count} ting gjenstår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="738"/>
        <source>The offboarding cannot be closed yet: 1 thing remains.</source>
        <translation>Fratredelsen kan ikke lukkes ennå: 1 ting gjenstår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="751"/>
        <source>item {number} is open (due {day}, {assignee}): {title}</source>
        <translation>punkt {number} er åpent (frist {day}, {assignee}): {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="754"/>
        <source>{leaver} is still {role} of {account}</source>
        <translation>{leaver} er fortsatt {role} for {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="764"/>
        <source>Reopen the offboarding</source>
        <translation>Gjenåpne fratredelsen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="765"/>
        <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
        <translation>Fratredelsen for {leaver} åpnes igjen, og personen registreres som at vedkommende slutter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="768"/>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv hvorfor du gjenåpner fratredelsen; en begrunnelse er påkrevd.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="770"/>
        <source>The offboarding is open again.</source>
        <translation>Fratredelsen er åpen igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="777"/>
        <source>Cancel the offboarding</source>
        <translation>Avbryt fratredelsen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="778"/>
        <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
        <translation>Avbryt hvis {leaver} likevel blir. Fratredelsen beholdes, merket som avbrutt, og {leaver} registreres som ansatt igjen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="781"/>
        <source>Cancel the &amp;offboarding</source>
        <translation>Avbryt &amp;fratredelsen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="782"/>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv hvorfor du avbryter fratredelsen; en begrunnelse er påkrevd.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="784"/>
        <source>The offboarding is cancelled.</source>
        <translation>Fratredelsen er avbrutt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="822"/>
        <source>The offboarding is started; the person is recorded as leaving.</source>
        <translation>Fratredelsen er startet; personen er registrert som at vedkommende slutter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="837"/>
        <source>Print the checklist</source>
        <translation>Skriv ut sjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="857"/>
        <source>Export the checklist as CSV</source>
        <translation>Eksporter sjekklisten som CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="858"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="900"/>
        <source>Offboarding</source>
        <translation>Fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="859"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="864"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="872"/>
        <source>Exporting failed unexpectedly: {error}</source>
        <translation>Eksporten mislyktes uventet: {error}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="881"/>
        <source>The checklist is exported to {path}.</source>
        <translation>Sjekklisten er eksportert til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="899"/>
        <source>Save the checklist as PDF</source>
        <translation>Lagre sjekklisten som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="901"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="911"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="908"/>
        <source>Handover confirmation: {leaver}</source>
        <translation>Overdragelsesbekreftelse: {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="909"/>
        <source>Save the handover confirmation as PDF</source>
        <translation>Lagre overdragelsesbekreftelsen som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="925"/>
        <source>Saved {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="935"/>
        <source>The checklist is sent to the printer.</source>
        <translation>Sjekklisten er sendt til skriveren.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="49"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="50"/>
        <source>Work email</source>
        <translation>Jobb-e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="52"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="54"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="55"/>
        <source>Employment status</source>
        <translation>Ansettelsesstatus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="57"/>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="59"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="61"/>
        <source>Accounts held</source>
        <translation>Kontoer som innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="62"/>
        <source>Active roles</source>
        <translation>Aktive roller</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="88"/>
        <source>Filter by name, email, department or title</source>
        <translation>Filtrer på navn, e-post, avdeling eller tittel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="90"/>
        <source>Filter people</source>
        <translation>Filtrer personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="92"/>
        <source>Employment status</source>
        <translation>Ansettelsesstatus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="93"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="96"/>
        <source>&amp;Add person…</source>
        <translation>Legg &amp;til person…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="97"/>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="98"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Rediger person…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="99"/>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="101"/>
        <source>Start &amp;offboarding…</source>
        <translation>&amp;Start fratredelse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="102"/>
        <source>Start offboarding</source>
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="103"/>
        <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
        <translation>Start en fratredelse for den valgte personen: siste arbeidsdag, en etterfølger og sjekklisten for personens kontoer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="106"/>
        <source>F&amp;ilter</source>
        <translation>Fi&amp;ltrer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="117"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="134"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="134"/>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="134"/>
        <source>Handle</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="135"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="135"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="136"/>
        <location filename="../../accountregistry/gui/views/people_view.py" line="139"/>
        <location filename="../../accountregistry/gui/views/people_view.py" line="198"/>
        <source>Accounts held</source>
        <translation>Kontoer som innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="137"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="137"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="137"/>
        <source>Granted on</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>Revoked on</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="141"/>
        <location filename="../../accountregistry/gui/views/people_view.py" line="199"/>
        <source>Roles, active and past</source>
        <translation>Roller, aktive og tidligere</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="205"/>
        <source>Accounts held by {name} ({count})</source>
        <translation>Kontoer med {name} som innehaver ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="207"/>
        <source>not known</source>
        <translation>ikke kjent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="211"/>
        <source>Roles of {name}: {active} active, {past} past</source>
        <translation>Roller for {name}: {active} aktive, {past} tidligere</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="214"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="214"/>
        <source>revoked</source>
        <translation>trukket tilbake</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="45"/>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="45"/>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="56"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="57"/>
        <source>No last working day</source>
        <translation>Ingen siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="69"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="70"/>
        <source>&amp;Work email</source>
        <translation>&amp;Jobb-e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="71"/>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="72"/>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="73"/>
        <source>&amp;Employment status</source>
        <translation>Ansettelses&amp;status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="74"/>
        <source>&amp;Last working day</source>
        <translation>Siste a&amp;rbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="78"/>
        <source>&amp;Manager</source>
        <translation>&amp;Leder</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/person_picker.py" line="59"/>
        <source>Type a name or email</source>
        <translation>Skriv navn eller e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/person_picker.py" line="99"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registeret passer med «{text}»; velg en person fra listen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="22"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="26"/>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="31"/>
        <source>Pseudo (for checking layouts)</source>
        <translation>Pseudo (for å kontrollere oppsettet)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="36"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="37"/>
        <source>The new language is used the next time Account Registry starts.</source>
        <translation>Det nye språket brukes neste gang Account Registry starter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="44"/>
        <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
        <translation>Så lenge miljøvariabelen {variable} er satt (nå til «{value}»), er det den som bestemmer språket.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="237"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="238"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="239"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="240"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="241"/>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="242"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="244"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="245"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="246"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="247"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="248"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="257"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="258"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="219"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="220"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="221"/>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="222"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="223"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="224"/>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="225"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="226"/>
        <source>N&amp;o to All</source>
        <translation>Nei til a&amp;lle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="227"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="228"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="229"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="230"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="231"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="232"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="233"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="234"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="235"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="236"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="249"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="250"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="251"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="252"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="253"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="254"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="255"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="256"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="89"/>
        <source>A reason is required.</source>
        <translation>En begrunnelse er påkrevd.</translation>
    </message>
</context>
<context>
    <name>RegisterAccountDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="567"/>
        <source>Register account</source>
        <translation>Registrer konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="570"/>
        <source>Record handover terms now</source>
        <translation>Registrer overdragelsesvilkår nå</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="578"/>
        <source>Agreed by the holder</source>
        <translation>Avtalt med innehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="580"/>
        <source>On departure</source>
        <translation>Ved fratreden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="581"/>
        <source>Agreed on</source>
        <translation>Avtalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="588"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="652"/>
        <source>Handover terms not saved</source>
        <translation>Overdragelsesvilkår ikke lagret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="653"/>
        <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account&apos;s Handover terms tab.</source>
        <translation>Kontoen ble registrert, men overdragelsesvilkårene ble ikke lagret: {error}

Legg dem til i fanen Overdragelsesvilkår på kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="657"/>
        <source>Already registered</source>
        <translation>Allerede registrert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="658"/>
        <source>{message}

Open the existing record instead?</source>
        <translation>{message}

Vil du åpne den eksisterende i stedet?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="661"/>
        <source>Open existing</source>
        <translation>Åpne eksisterende</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99"/>
        <source>&amp;Note (what needs changing):</source>
        <translation>&amp;Notat (hva som må endres):</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notat (valgfritt):</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="101"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="110"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="122"/>
        <source>Write what needs changing, so that whoever changes it knows.</source>
        <translation>Skriv hva som må endres, så den som skal endre det, vet det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="138"/>
        <source>Flag for change</source>
        <translation>Merk for endring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="139"/>
        <source>Say what is no longer true about the {count} selected account(s). The record stays as it is and the account stays due for review until someone confirms it.</source>
        <translation>Skriv hva som ikke lenger stemmer om de(n) {count} valgte kontoen(e). Opplysningene blir stående som de er, og kontoen skal fortsatt gjennomgås til noen bekrefter den.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="142"/>
        <source>&amp;Flag for change</source>
        <translation>&amp;Merk for endring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="145"/>
        <source>Mark reviewed</source>
        <translation>Merk som gjennomgått</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="146"/>
        <source>Confirm that the record of the {count} selected account(s) is true as it stands today: holder, administrators, login and handover terms.</source>
        <translation>Bekreft at opplysningene om de(n) {count} valgte kontoen(e) stemmer slik de står i dag: innehaver, administratorer, innlogging og overdragelsesvilkår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="149"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Merk som gjennomgått</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="159"/>
        <source>{platform} “{handle}” — {display_name}</source>
        <translation>{platform} «{handle}» – {display_name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="161"/>
        <source>{platform} “{handle}”</source>
        <translation>{platform} «{handle}»</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="167"/>
        <source>No holder</source>
        <translation>Ingen innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="168"/>
        <source>No responsible unit</source>
        <translation>Ingen ansvarlig enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="197"/>
        <source>Review round</source>
        <translation>Gjennomgangsrunde</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="199"/>
        <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
        <translation>Kontoene som skal gjennomgås. Bekreft opplysningene som fortsatt stemmer, slik de er; merk resten for endring med et notat om hva som må endres.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="202"/>
        <source>&amp;Holder</source>
        <translation>&amp;Innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="203"/>
        <source>Group by holder</source>
        <translation>Grupper etter innehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="204"/>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig &amp;enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="205"/>
        <source>Group by responsible unit</source>
        <translation>Grupper etter ansvarlig enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="211"/>
        <source>Group by:</source>
        <translation>Grupper etter:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="217"/>
        <source>Accounts due for review</source>
        <translation>Kontoer som skal gjennomgås</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Last reviewed</source>
        <translation>Sist gjennomgått</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Due</source>
        <translation>Forfaller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="219"/>
        <source>This round</source>
        <translation>Denne runden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="231"/>
        <source>Review round summary</source>
        <translation>Oversikt over gjennomgangsrunden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="234"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="241"/>
        <source>&amp;Confirm as is</source>
        <translation>&amp;Bekreft slik den er</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="242"/>
        <source>Confirm as is</source>
        <translation>Bekreft slik den er</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="243"/>
        <source>Mark the selected accounts reviewed today: their records are true</source>
        <translation>Merk de valgte kontoene som gjennomgått i dag: opplysningene stemmer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="244"/>
        <source>&amp;Flag for change…</source>
        <translation>&amp;Merk for endring…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="245"/>
        <source>Flag for change</source>
        <translation>Merk for endring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="246"/>
        <source>Note what is no longer true about the selected accounts</source>
        <translation>Noter hva som ikke lenger stemmer om de valgte kontoene</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="247"/>
        <source>E&amp;xport checklist…</source>
        <translation>E&amp;ksporter sjekkliste…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="248"/>
        <source>Export checklist</source>
        <translation>Eksporter sjekkliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="249"/>
        <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
        <translation>Skriv runden som en CSV-sjekkliste som kan krysses av på papir eller i et regneark</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="251"/>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="252"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="288"/>
        <source>Export the review checklist</source>
        <translation>Eksporter sjekklisten for gjennomgangen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="289"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="302"/>
        <source>Finding the accounts due for review…</source>
        <translation>Finner kontoene som skal gjennomgås…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="310"/>
        <source>{group} ({count} due)</source>
        <translation>{group} ({count} til gjennomgang)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="318"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="330"/>
        <source>{count} accounts are due for review, in {groups} groups.</source>
        <translation>{count} kontoer skal gjennomgås, fordelt på {groups} grupper.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="335"/>
        <source>No account is due for review. Every record was confirmed within its review interval.</source>
        <translation>Ingen kontoer skal gjennomgås. Alle opplysninger er bekreftet innenfor intervallet for gjennomgang.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="371"/>
        <source>Confirmed ✓</source>
        <translation>Bekreftet ✓</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="381"/>
        <source>Flagged for change: {note}</source>
        <translation>Merket for endring: {note}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="391"/>
        <source>Confirmed {count} accounts as they are.</source>
        <translation>Bekreftet {count} kontoer slik de er.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="392"/>
        <source>Flagged {count} accounts for change.</source>
        <translation>Merket {count} kontoer for endring.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="394"/>
        <source>Stopped: {reason}</source>
        <translation>Stoppet: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="396"/>
        <source>Cancelled before the other {count}.</source>
        <translation>Avbrutt før de siste {count}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="403"/>
        <source>Recording the reviews…</source>
        <translation>Registrerer gjennomgangene…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="418"/>
        <source>Wrote the checklist of {count} accounts to {path}.</source>
        <translation>Skrev sjekklisten med {count} kontoer til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="422"/>
        <source>Writing the checklist…</source>
        <translation>Skriver sjekklisten…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="428"/>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="458"/>
        <source>That failed unexpectedly; nothing more was changed.</source>
        <translation>Det mislyktes uventet; ingenting mer ble endret.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="13"/>
        <source>No admin</source>
        <translation>Ingen administrator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="15"/>
        <source>Nobody holds an active owner or admin role, so nobody can manage the account or add a new administrator.</source>
        <translation>Ingen har en aktiv rolle som eier eller administrator, så ingen kan styre kontoen eller legge til en ny administrator.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="18"/>
        <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform&apos;s support to restore access now, before anyone else claims it.</source>
        <translation>Finn ut hvem som fortsatt har tilgang, og registrer vedkommende som eier eller administrator; har ingen tilgang, be plattformens brukerstøtte om å gjenopprette tilgangen nå, før noen andre gjør krav på kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="22"/>
        <source>Single admin</source>
        <translation>Bare én administrator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="24"/>
        <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
        <translation>Bare én person har en rolle som eier eller administrator; hvis vedkommende slutter eller mister tilgangen, står kontoen uten administrator.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="27"/>
        <source>Grant a second person the owner or admin role.</source>
        <translation>Gi en person til rollen som eier eller administrator.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="29"/>
        <source>Leaver holds a role</source>
        <translation>Avgående har en rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="31"/>
        <source>Someone who is leaving or has left still holds an active role on the account.</source>
        <translation>Noen som er i ferd med å slutte eller har sluttet, har fortsatt en aktiv rolle på kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="34"/>
        <source>Hand the role over to a successor and revoke the leaver&apos;s role, or settle it in the person&apos;s offboarding.</source>
        <translation>Overdra rollen til en etterfølger og trekk tilbake rollen til den som slutter, eller avklar det i personens fratredelse.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="37"/>
        <source>Private login</source>
        <translation>Privat innlogging</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="39"/>
        <source>The account logs in with an email address outside the company&apos;s domains, so whoever owns that address controls the account.</source>
        <translation>Kontoen logger inn med en e-postadresse utenfor bedriftens domener, så den som eier adressen, kontrollerer kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="42"/>
        <source>Change the account&apos;s login email to a company address, such as a shared communications mailbox.</source>
        <translation>Bytt kontoens innloggingsadresse til en adresse i bedriften, for eksempel en felles postboks for kommunikasjon.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="45"/>
        <source>No handover terms</source>
        <translation>Ingen overdragelsesvilkår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="47"/>
        <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
        <translation>Det er ikke avtalt noe om hva som skjer med kontoen, følgerne og innholdet når innehaveren eller en administrator slutter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="50"/>
        <source>Agree handover terms with the holder and record them, with the date.</source>
        <translation>Avtal overdragelsesvilkår med innehaveren, og registrer dem med dato.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="52"/>
        <source>Password not changed</source>
        <translation>Passord ikke byttet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="54"/>
        <source>An administrator&apos;s role was revoked after the stored password was last changed, so someone who left may still know it.</source>
        <translation>En administrators rolle ble trukket tilbake etter at det lagrede passordet sist ble byttet, så noen som har sluttet, kan fortsatt kjenne det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="57"/>
        <source>Change the account&apos;s password and recovery codes, and store the new ones.</source>
        <translation>Bytt kontoens passord og gjenopprettingskoder, og lagre de nye.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="60"/>
        <source>No two-factor</source>
        <translation>Ingen tofaktor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="62"/>
        <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
        <translation>Kontoen har ikke tofaktorinnlogging, eller ingen har registrert om den har det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="65"/>
        <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
        <translation>Slå på tofaktorinnlogging med en autentiseringsapp, sikkerhetsnøkkel eller passnøkkel, og registrer metoden.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="68"/>
        <source>Owner unknown</source>
        <translation>Eier ukjent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="70"/>
        <source>It is not recorded whether the account is the company&apos;s, an employee role or someone&apos;s personal profile, or whose profile it is.</source>
        <translation>Det er ikke registrert om kontoen tilhører bedriften, er en ansattrolle eller noens personlige profil, eller hvem profilen tilhører.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="73"/>
        <source>Set the account&apos;s kind and, for an employee-role or personal account, its holder.</source>
        <translation>Angi kontoens type og, for en ansattrolle eller en personlig konto, innehaveren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="76"/>
        <source>Review overdue</source>
        <translation>Gjennomgang forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="78"/>
        <source>Nobody has confirmed within the review interval that the account&apos;s record is still true.</source>
        <translation>Ingen har innenfor intervallet for gjennomgang bekreftet at opplysningene om kontoen fortsatt stemmer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="81"/>
        <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
        <translation>Gå gjennom kontoen: kontroller administratorer, innlogging og vilkår, og merk den deretter som gjennomgått.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="84"/>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="86"/>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="88"/>
        <source>high</source>
        <translation>høy</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="86"/>
        <source>Risk chart</source>
        <translation>Risikodiagram</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="105"/>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="280"/>
        <source>No account looked after is at risk.</source>
        <translation>Ingen forvaltet konto er i risiko.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="106"/>
        <source>{title} ({severity}): {count}</source>
        <translation>{title} ({severity}): {count}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="109"/>
        <source>{at_risk} of {total} accounts looked after are at risk.</source>
        <translation>{at_risk} av {total} forvaltede kontoer er i risiko.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="111"/>
        <source>Accounts by risk: {risks}.</source>
        <translation>Kontoer etter risiko: {risks}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="113"/>
        <source>{platform}: {count} ({breakdown})</source>
        <translation>{platform}: {count} ({breakdown})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="116"/>
        <source>Accounts at risk by platform, by their worst risk: {platforms}.</source>
        <translation>Kontoer i risiko etter plattform, etter den alvorligste risikoen: {platforms}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="122"/>
        <source>{count} {severity}</source>
        <translation>{count} med {severity} risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="201"/>
        <source>{title} ({severity} risk): {count} account
{explanation}</source>
        <translation>{title} ({severity} risiko): {count} konto
{explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="203"/>
        <source>{title} ({severity} risk): {count} accounts
{explanation}</source>
        <translation>{title} ({severity} risiko): {count} kontoer
{explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="207"/>
        <source>What to do: {what}</source>
        <translation>Dette kan du gjøre: {what}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="217"/>
        <source>{platform}: {count} account at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konto i risiko
Etter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="219"/>
        <source>{platform}: {count} accounts at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} kontoer i risiko
Etter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="299"/>
        <source>Accounts by risk</source>
        <translation>Kontoer etter risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="300"/>
        <source>Accounts at risk by platform, by their worst risk</source>
        <translation>Kontoer i risiko etter plattform og alvorligste risiko</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="233"/>
        <source>Replace: {field}</source>
        <translation>Erstatt: {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="234"/>
        <source>Store: {field}</source>
        <translation>Lagre: {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="235"/>
        <source>It is stored in the operating system&apos;s keyring, never in the registry&apos;s database. Replacing it counts as rotating the login.</source>
        <translation>Det lagres i operativsystemets nøkkelring, aldri i registerets database. Å erstatte det regnes som å bytte innlogging.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="252"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt passord</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="253"/>
        <source>&amp;Type it again</source>
        <translation>S&amp;kriv det igjen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="261"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="263"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="289"/>
        <source>{field} is empty; type or paste it.</source>
        <translation>{field}: feltet er tomt; skriv eller lim inn.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="291"/>
        <source>{field} is too long (at most {count} characters).</source>
        <translation>{field}: for langt (høyst {count} tegn).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="294"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>De to passordene er ikke like; skriv dem på nytt.</translation>
    </message>
</context>
<context>
    <name>StartOffboardingWizard</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="266"/>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="274"/>
        <source>Start offboarding</source>
        <translation>Start fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="270"/>
        <source>&amp;Next: see the checklist</source>
        <translation>&amp;Neste: se sjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="271"/>
        <source>&amp;Start offboarding</source>
        <translation>&amp;Start fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="272"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="273"/>
        <source>Next: see the checklist</source>
        <translation>Neste: se sjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="275"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="15"/>
        <source>company</source>
        <translation>bedrift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="16"/>
        <source>employee role</source>
        <translation>ansattrolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="17"/>
        <source>personal</source>
        <translation>personlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="18"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="19"/>
        <source>page</source>
        <translation>side</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="20"/>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="21"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="23"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="24"/>
        <source>dormant</source>
        <translation>hvilende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="25"/>
        <source>archived</source>
        <translation>arkivert</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="26"/>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="27"/>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="28"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="29"/>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="30"/>
        <source>waived</source>
        <translation>frafalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="32"/>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="33"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="34"/>
        <source>editor</source>
        <translation>redaktør</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="35"/>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="36"/>
        <source>analyst</source>
        <translation>analytiker</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="38"/>
        <source>transfer to successor</source>
        <translation>overdra til etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="39"/>
        <source>transfer to company</source>
        <translation>overdra til bedriften</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="40"/>
        <source>holder keeps</source>
        <translation>innehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="41"/>
        <source>archive</source>
        <translation>arkiver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="42"/>
        <source>close</source>
        <translation>steng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="44"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="45"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="46"/>
        <source>authenticator app</source>
        <translation>autentiseringsapp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="47"/>
        <source>security key</source>
        <translation>sikkerhetsnøkkel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="48"/>
        <source>passkey</source>
        <translation>passnøkkel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="49"/>
        <source>sms</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="50"/>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="52"/>
        <source>employed</source>
        <translation>ansatt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="53"/>
        <source>leaving</source>
        <translation>slutter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="54"/>
        <source>left</source>
        <translation>sluttet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="55"/>
        <source>external</source>
        <translation>ekstern</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="78"/>
        <source>This registry is empty</source>
        <translation>Registeret er tomt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="79"/>
        <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
        <translation>Registrer kontoer én og én i visningen Kontoer, importer dem fra et regneark, eller start med et eksempel. Eksempelorganisasjonen, Nordlys Rejser A/S, er et reiseselskap med rundt 120 kontoer og de problemene virkelige registre har: sider med bare én administrator, private innlogginger og folk som har sluttet, men fortsatt har roller.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="84"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="85"/>
        <source>Create the sample organisation</source>
        <translation>Opprett eksempelorganisasjonen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="86"/>
        <source>Import from CSV…</source>
        <translation>Importer fra CSV…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="87"/>
        <source>Import from CSV</source>
        <translation>Importer fra CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="88"/>
        <source>Import accounts from a spreadsheet saved as CSV; you see a preview before anything is written</source>
        <translation>Importer kontoer fra et regneark lagret som CSV; du ser en forhåndsvisning før noe blir skrevet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="90"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="91"/>
        <source>Start empty</source>
        <translation>Start tomt</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="40"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="63"/>
        <source>Who is leaving, and when</source>
        <translation>Hvem slutter, og når</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="64"/>
        <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
        <translation>Sjekklisten lages ut fra kontoene personen er innehaver eller administrator av. Du ser den før noe opprettes.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="71"/>
        <source>Optional: who takes over the roles</source>
        <translation>Valgfritt: hvem overtar rollene</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="72"/>
        <source>Show their &amp;offboarding</source>
        <translation>Vis personens &amp;fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="73"/>
        <source>Show their offboarding</source>
        <translation>Vis personens fratredelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="79"/>
        <source>&amp;Person leaving</source>
        <translation>&amp;Person som slutter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="81"/>
        <source>&amp;Last working day</source>
        <translation>Siste a&amp;rbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="82"/>
        <source>Last working day</source>
        <translation>Siste arbeidsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="83"/>
        <source>Default s&amp;uccessor</source>
        <translation>&amp;Etterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="84"/>
        <source>The successor receives the leaver&apos;s owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
        <translation>Etterfølgeren får eier- og administratorrollene til den som slutter, når et overdragelsespunkt krysses av. Du kan velge eller bytte etterfølger senere.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="120"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registeret passer med «{text}»; velg en person fra listen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="123"/>
        <source>Choose the person who is leaving.</source>
        <translation>Velg personen som slutter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="128"/>
        <source>The last working day is required.</source>
        <translation>Siste arbeidsdag må fylles ut.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="173"/>
        <source>The checklist</source>
        <translation>Sjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="178"/>
        <source>Checklist preview</source>
        <translation>Forhåndsvisning av sjekklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="189"/>
        <source>Nothing is created until you press Start offboarding. Starting also records the person as leaving.</source>
        <translation>Ingenting opprettes før du trykker på Start fratredelse. Når fratredelsen startes, registreres personen også som at vedkommende slutter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="207"/>
        <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutter {day}. {successor} overtar rollene. Sjekklisten har {items} punkter på {accounts} kontoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="210"/>
        <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutter {day}. Ingen etterfølger er valgt ennå: overdragelsespunktene venter på en. Sjekklisten har {items} punkter på {accounts} kontoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="218"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="228"/>
        <source>{title} (ticking it moves the roles)</source>
        <translation>{title} (når punktet krysses av, flyttes rollene)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="233"/>
        <source>{account} ({count})</source>
        <translation>{account} ({count})</translation>
    </message>
</context>
</TS>
