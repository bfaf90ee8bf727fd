<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
        <translation>Næste måned</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="38"/>
        <source>Clear the field</source>
        <translation>Ryd feltet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="41"/>
        <source>Clear</source>
        <translation>Ryd</translation>
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
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="67"/>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="68"/>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="69"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="70"/>
        <source>Display name</source>
        <translation>Vist navn</translation>
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
        <translation>Officiel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="74"/>
        <source>Holder</source>
        <translation>Indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="75"/>
        <source>Responsible unit</source>
        <translation>Ansvarlig afdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="76"/>
        <source>Login email</source>
        <translation>Login-e-mail</translation>
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
        <translation>Forventet svartid</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="80"/>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="81"/>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbage den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="82"/>
        <source>Review interval (months)</source>
        <translation>Interval for gennemgang (måneder)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="83"/>
        <source>Last reviewed on</source>
        <translation>Senest gennemgået den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="84"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="85"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="86"/>
        <source>Login secret stored</source>
        <translation>Login gemt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="87"/>
        <source>Secret last changed</source>
        <translation>Login sidst ændret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="88"/>
        <source>Secret changed by</source>
        <translation>Login ændret af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="89"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="90"/>
        <source>Disposition</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="91"/>
        <source>Successor</source>
        <translation>Efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="92"/>
        <source>Followers, network and groups</source>
        <translation>Følgere, netværk og grupper</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="93"/>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="94"/>
        <source>Notice (days)</source>
        <translation>Varsel (dage)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="95"/>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="96"/>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="97"/>
        <source>Agreed for the company by</source>
        <translation>Underskrevet for virksomheden af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="98"/>
        <source>Granted on</source>
        <translation>Tildelt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="99"/>
        <source>Revoked on</source>
        <translation>Tilbagekaldt den</translation>
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
        <translation>Tjeklistepunkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="104"/>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="105"/>
        <source>Assigned function</source>
        <translation>Ansvarlig funktion</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="106"/>
        <source>Due (business days from the last working day)</source>
        <translation>Frist (arbejdsdage fra sidste arbejdsdag)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="107"/>
        <source>Due on</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="108"/>
        <source>Reason for waiving</source>
        <translation>Begrundelse for frafald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="109"/>
        <source>Done by</source>
        <translation>Udført af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="110"/>
        <source>Done at</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="111"/>
        <source>Changes in the registry</source>
        <translation>Ændringer i registret</translation>
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
        <translation>nej</translation>
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
        <translation>{field}: »{old}« → »{new}«</translation>
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
        <translation>Registrerede {platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="195"/>
        <source>Granted {role} to {person}</source>
        <translation>Tildelte {person} rollen {role}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="197"/>
        <source>Revoked {role} from {person}</source>
        <translation>Tilbagekaldte rollen {role} fra {person}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="199"/>
        <source>Agreed handover terms, version {version}</source>
        <translation>Aftalte overdragelsesvilkår, version {version}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="202"/>
        <source>Changed the account</source>
        <translation>Ændrede kontoen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="204"/>
        <source>Archived the account</source>
        <translation>Arkiverede kontoen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="206"/>
        <source>Confirmed the record in a review</source>
        <translation>Bekræftede oplysningerne ved en gennemgang</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="208"/>
        <source>Flagged the record for change in a review</source>
        <translation>Markerede oplysningerne til ændring ved en gennemgang</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="210"/>
        <source>Planned an offboarding checklist item</source>
        <translation>Planlagde et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="211"/>
        <source>Ticked off an offboarding checklist item</source>
        <translation>Krydsede et punkt af på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="212"/>
        <source>Waived an offboarding checklist item</source>
        <translation>Frafaldt et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="213"/>
        <source>Reopened an offboarding checklist item</source>
        <translation>Genåbnede et punkt på fratrædelsestjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="219"/>
        <source>{action} ({entity})</source>
        <translation>{action} ({entity})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="226"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="228"/>
        <source>Stored the {field} in the keyring</source>
        <translation>Gemte {field} i nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="230"/>
        <source>Replaced the {field} in the keyring</source>
        <translation>Erstattede {field} i nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="232"/>
        <source>Deleted the {field} from the keyring</source>
        <translation>Slettede {field} fra nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="234"/>
        <source>Marked the login as rotated</source>
        <translation>Markerede login som skiftet</translation>
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
        <translation>Adgangs&amp;koder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="291"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="292"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="293"/>
        <source>Revert</source>
        <translation>Fortryd</translation>
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
        <translation>Tildelt af</translation>
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
        <translation>Tilbagekald den valgte rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="319"/>
        <source>Why the role ends, e.g. left the company, changed team</source>
        <translation>Hvorfor rollen ophører, f.eks. fratrådt, skiftet team</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="321"/>
        <source>Re&amp;voke</source>
        <translation>Tilba&amp;gekald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="322"/>
        <source>Revoke</source>
        <translation>Tilbagekald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="266"/>
        <source>Overvie&amp;w</source>
        <translation>&amp;Oversigt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="267"/>
        <source>Adm&amp;inistrators</source>
        <translation>Administrato&amp;rer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="268"/>
        <source>Handover te&amp;rms</source>
        <translation>Overdragelsesvilk&amp;år</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="269"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="324"/>
        <source>R&amp;eason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="325"/>
        <source>Revoked o&amp;n</source>
        <translation>Tilbagekaldt &amp;den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="329"/>
        <source>Grant a role</source>
        <translation>Tildel en rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="337"/>
        <source>&amp;Grant</source>
        <translation>&amp;Tildel</translation>
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
        <translation>Tilbagekaldt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Revoked by</source>
        <translation>Tilbagekaldt af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="347"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="347"/>
        <source>Grants and revocations</source>
        <translation>Tildelinger og tilbagekaldelser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="359"/>
        <source>Grants and revocations, newest first</source>
        <translation>Tildelinger og tilbagekaldelser, nyeste først</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="367"/>
        <source>&amp;Edit terms…</source>
        <translation>Redigér &amp;vilkår…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="368"/>
        <source>Edit terms</source>
        <translation>Redigér vilkår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Disposition</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="371"/>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="371"/>
        <source>Agreed for the company by</source>
        <translation>Underskrevet for virksomheden af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="372"/>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="372"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="375"/>
        <source>Terms of the selected version</source>
        <translation>Vilkårene i den valgte version</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="382"/>
        <source>All versions (select one to read it)</source>
        <translation>Alle versioner (vælg en for at læse den)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="390"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="412"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="415"/>
        <source>{account} — {platform}[*]</source>
        <translation>{account} — {platform}[*]</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="417"/>
        <source>{display_name} — {account}</source>
        <translation>{display_name} — {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="441"/>
        <source>Current terms (version {version}): {disposition}, agreed on {date}.</source>
        <translation>Gældende vilkår (version {version}): {disposition}, aftalt den {date}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="445"/>
        <source>No handover terms are agreed for this account yet.</source>
        <translation>Der er endnu ikke aftalt overdragelsesvilkår for kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="542"/>
        <source>No one in the registry matches “{typed}”; choose a person from the list.</source>
        <translation>Ingen i registret passer til »{typed}«; vælg en person på listen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="544"/>
        <source>Choose the person to grant the role to.</source>
        <translation>Vælg den person, der skal have rollen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="601"/>
        <source>{days} days</source>
        <translation>{days} dage</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="602"/>
        <source>Version {version}, recorded {when} by {who}</source>
        <translation>Version {version}, registreret {when} af {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="605"/>
        <source>On departure: {disposition}</source>
        <translation>Ved fratræden: {disposition}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="606"/>
        <source>Successor: {person}</source>
        <translation>Efterfølger: {person}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="608"/>
        <source>Notice: {notice}</source>
        <translation>Varsel: {notice}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="609"/>
        <source>Agreed on: {date}</source>
        <translation>Aftalt den: {date}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="610"/>
        <source>Agreed by the holder: {answer}</source>
        <translation>Aftalt med indehaveren: {answer}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="611"/>
        <source>Agreed for the company by: {who}</source>
        <translation>Underskrevet for virksomheden af: {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="613"/>
        <source>Followers, network and groups:</source>
        <translation>Følgere, netværk og grupper:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="615"/>
        <source>Content:</source>
        <translation>Indhold:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="651"/>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="651"/>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Kontoen har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="270"/>
        <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
        <translation>Indsæt adressen, f.eks. https://www.linkedin.com/company/acme</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="273"/>
        <source>Choose a platform</source>
        <translation>Vælg en platform</translation>
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
        <translation>Officiel: oprettet med virksomhedens mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="320"/>
        <source>blank = organisation default ({months})</source>
        <translation>tomt = organisationens standard ({months})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="322"/>
        <source>What the account is for, what may be said on it, to whom</source>
        <translation>Hvad kontoen bruges til, hvad der må siges på den, og til hvem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="324"/>
        <source>e.g. answer messages within one working day</source>
        <translation>f.eks. svar på beskeder inden for én arbejdsdag</translation>
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
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="337"/>
        <source>Pr&amp;esence</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="338"/>
        <source>&amp;Handle</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="339"/>
        <source>&amp;Display name</source>
        <translation>&amp;Vist navn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="342"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="332"/>
        <source>Holder and care</source>
        <translation>Indehaver og drift</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="344"/>
        <source>H&amp;older</source>
        <translation>&amp;Indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="345"/>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig af&amp;deling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="346"/>
        <source>&amp;Login email</source>
        <translation>&amp;Login-e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="347"/>
        <source>&amp;Two-factor method</source>
        <translation>&amp;Tofaktormetode</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="349"/>
        <source>Re&amp;view interval (months)</source>
        <translation>Interval for &amp;gennemgang (måneder)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="350"/>
        <source>Purpose and &amp;mandate</source>
        <translation>Formål og &amp;mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="351"/>
        <source>Response e&amp;xpectations</source>
        <translation>Forv&amp;entet svartid</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="353"/>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="416"/>
        <source>Recognised: {platform} {presence} “{handle}”.</source>
        <translation>Genkendt: {platform}-{presence} »{handle}«.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="441"/>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="452"/>
        <source>Outside the company&apos;s domains ({domains}): this login could leave with the address&apos;s owner.</source>
        <translation>Uden for virksomhedens domæner ({domains}): dette login kan forsvinde sammen med den, der ejer adressen.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="59"/>
        <source>Belongs to the company; whoever runs it does so for the company.</source>
        <translation>Tilhører virksomheden; den, der driver kontoen, gør det på virksomhedens vegne.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="60"/>
        <source>The person is present as an employee of the company; the account stays with the company.</source>
        <translation>Personen optræder som medarbejder i virksomheden; kontoen bliver i virksomheden.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="62"/>
        <source>Belongs to the holder; the employer can never take it over.</source>
        <translation>Tilhører indehaveren; arbejdsgiveren kan aldrig overtage den.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="63"/>
        <source>Flagged as a risk until someone settles whose it is.</source>
        <translation>Markeres som en risiko, indtil nogen afklarer, hvem den tilhører.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="66"/>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="67"/>
        <source>Employee role</source>
        <translation>Medarbejderrolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="68"/>
        <source>Personal</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="69"/>
        <source>Not known yet</source>
        <translation>Ikke kendt endnu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="71"/>
        <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
        <translation>En personlig konto tilhører sin indehaver. Arbejdsgiveren kan aldrig overtage den, så dens overdragelsesvilkår kan ikke overdrage den til en efterfølger eller til virksomheden.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="75"/>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="76"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="77"/>
        <source>Authenticator app</source>
        <translation>Godkendelsesapp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="78"/>
        <source>Security key</source>
        <translation>Sikkerhedsnøgle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="79"/>
        <source>Passkey</source>
        <translation>Adgangsnøgle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="80"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="81"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="84"/>
        <source>Transfer to the successor</source>
        <translation>Overdrag til efterfølgeren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="85"/>
        <source>Transfer to the company</source>
        <translation>Overdrag til virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="86"/>
        <source>The holder keeps it</source>
        <translation>Indehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="87"/>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="88"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="55"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="56"/>
        <source>The platform the account is on</source>
        <translation>Den platform, kontoen findes på</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="57"/>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="58"/>
        <source>The account&apos;s handle or address on its platform</source>
        <translation>Kontoens brugernavn eller adresse på platformen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="59"/>
        <source>Display name</source>
        <translation>Vist navn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="60"/>
        <source>The name the account shows</source>
        <translation>Det navn, kontoen viser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="61"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="62"/>
        <source>Whom the account belongs to: the company, an employee role, or a person</source>
        <translation>Hvem kontoen tilhører: virksomheden, en medarbejderrolle eller en person</translation>
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
        <translation>Aktiv, hvilende, arkiveret eller lukket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="68"/>
        <source>Holder</source>
        <translation>Indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="69"/>
        <source>The person the account presents</source>
        <translation>Den person, kontoen præsenterer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="70"/>
        <source>Admins</source>
        <translation>Adm.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="71"/>
        <source>How many people hold an active role on the account</source>
        <translation>Hvor mange der har en aktiv rolle på kontoen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="72"/>
        <source>Next review</source>
        <translation>Gennemgås</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="73"/>
        <source>When the account&apos;s record should next be confirmed</source>
        <translation>Hvornår oplysningerne om kontoen næste gang skal bekræftes</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="74"/>
        <source>Risks</source>
        <translation>Risici</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="75"/>
        <source>What puts the account at risk, worst first</source>
        <translation>Hvad der udsætter kontoen for risiko, det alvorligste først</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="157"/>
        <source>Not known</source>
        <translation>Ikke kendt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="171"/>
        <source>{risk} ({severity}): {explanation}</source>
        <translation>{risk} ({severity}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="377"/>
        <source>No risks found.</source>
        <translation>Ingen risici fundet.</translation>
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
        <translation>Brugernavn, vist navn, indehaver, administratornavn eller e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="104"/>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="106"/>
        <source>All platforms</source>
        <translation>Alle platforme</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="109"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
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
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="120"/>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="121"/>
        <source>Only at &amp;risk</source>
        <translation>Kun med &amp;risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="122"/>
        <source>Only at risk</source>
        <translation>Kun med risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="125"/>
        <source>Risks are not computed in this version.</source>
        <translation>Risici beregnes ikke i denne version.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="138"/>
        <source>Register account…</source>
        <translation>Registrér konto…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="139"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="255"/>
        <source>Register account</source>
        <translation>Registrér konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="140"/>
        <source>Register a new account (Ctrl+N)</source>
        <translation>Registrér en ny konto (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="141"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="142"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="264"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="143"/>
        <source>Open the selected account (Enter or double-click)</source>
        <translation>Åbn den valgte konto (Enter eller dobbeltklik)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="144"/>
        <source>Archive…</source>
        <translation>Arkivér…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="145"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="266"/>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="146"/>
        <source>Archive the selected account, keeping its record and history (Delete)</source>
        <translation>Arkivér den valgte konto; oplysningerne og historikken bevares (Delete)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="148"/>
        <source>Mark re&amp;viewed…</source>
        <translation>Markér som &amp;gennemgået…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="149"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="261"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="537"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="547"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="568"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="575"/>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="150"/>
        <source>Confirm that the selected accounts&apos; records are true today (Ctrl+Shift+M)</source>
        <translation>Bekræft, at oplysningerne om de valgte konti er korrekte i dag (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="152"/>
        <source>Review r&amp;ound…</source>
        <translation>Gennemgangsr&amp;unde…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="153"/>
        <source>Review round</source>
        <translation>Gennemgangsrunde</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="154"/>
        <source>Go through every account due for review, by holder or unit</source>
        <translation>Gå alle konti igennem, der skal gennemgås, efter indehaver eller afdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="155"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="156"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="157"/>
        <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
        <translation>Importér konti fra et regneark (CSV) med forhåndsvisning først (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="159"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="160"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="161"/>
        <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
        <translation>Eksportér ejerskabsrapporten over de viste konti til et regneark (CSV) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="163"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="314"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="503"/>
        <source>Loading accounts…</source>
        <translation>Indlæser konti…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="164"/>
        <source>Accounts shown</source>
        <translation>Viste konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="178"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="520"/>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="253"/>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="257"/>
        <source>Export the ownership report</source>
        <translation>Eksportér ejerskabsrapporten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="259"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="482"/>
        <source>Import accounts</source>
        <translation>Importér konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="319"/>
        <source>{total} account</source>
        <translation>{total} konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="319"/>
        <source>{total} accounts</source>
        <translation>{total} konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="321"/>
        <source>Showing {shown} of {total} account</source>
        <translation>Viser {shown} af {total} konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="322"/>
        <source>Showing {shown} of {total} accounts</source>
        <translation>Viser {shown} af {total} konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="409"/>
        <source>{platform} {presence} “{handle}” ({display_name})</source>
        <translation>{platform}-{presence} »{handle}« ({display_name})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="413"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="416"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="425"/>
        <source>Archive account</source>
        <translation>Arkivér konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="417"/>
        <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
        <translation>Vil du arkivere {name}?

Kontoen bliver i registret med sine administratorer, overdragelsesvilkår og sin historik; den bliver ikke længere gennemgået eller markeret med risici.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="483"/>
        <source>Spreadsheets as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Regneark som tekst (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="520"/>
        <source>The accounts could not be read again: {reason}</source>
        <translation>Kontiene kunne ikke indlæses igen: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="538"/>
        <source>Archived and closed accounts are not reviewed.</source>
        <translation>Arkiverede og lukkede konti gennemgås ikke.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="545"/>
        <source>Marking {count} accounts reviewed…</source>
        <translation>Markerer {count} konti som gennemgået…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="546"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="569"/>
        <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
        <translation>{done} af {total} konti blev markeret som gennemgået; derefter: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="95"/>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.

The details were also written to {path}.</source>
        <translation>Der skete noget, som Account Registry ikke havde forventet. Det, du har gemt tidligere, er i sikkerhed; den seneste handling er måske ikke gennemført.

Detaljerne er også skrevet til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="100"/>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
        <translation>Der skete noget, som Account Registry ikke havde forventet. Det, du har gemt tidligere, er i sikkerhed; den seneste handling er måske ikke gennemført.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="116"/>
        <source>The registry could not be opened.

{error}</source>
        <translation>Registret kunne ikke åbnes.

{error}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="93"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}, then remove {leaver}</source>
        <translation>Overdrag rollen som {role} på {account} fra {leaver} til {successor}, og fjern derefter {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="96"/>
        <source>Remove {leaver}&apos;s {role} access to {account}</source>
        <translation>Fjern adgangen som {role} til {account} for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="98"/>
        <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
        <translation>Skift adgangskoden til {account}, når {leaver} er stoppet, og gem den nye i nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="101"/>
        <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}&apos;s</source>
        <translation>Skift login- og gendannelses-e-mailen for {account} fra {leaver_email} til en af virksomhedens postkasser, og skift også gendannelsestelefonen, hvis den tilhører {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="104"/>
        <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
        <translation>Flyt tofaktorenheden for {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="106"/>
        <source>Find out whether the two-factor login of {account} depends on {leaver}&apos;s phone or key</source>
        <translation>Find ud af, om tofaktorlogin på {account} afhænger af en telefon eller nøgle, som {leaver} har</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="109"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}: it was made in the company&apos;s name, so it and its members stay with the company</source>
        <translation>Overdrag rollen som {role} på {account} fra {leaver} til {successor}: den er oprettet i virksomhedens navn, så den og dens medlemmer bliver i virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="112"/>
        <source>Decide whether {account}, made by {leaver} in the company&apos;s name, becomes an official company account or is closed</source>
        <translation>Beslut, om {account}, som {leaver} har oprettet i virksomhedens navn, skal være en officiel virksomhedskonto eller lukkes</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="115"/>
        <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
        <translation>Aftal med {leaver}, hvad der skal ske med {account} (overdrages, arkiveres eller lukkes); der er ikke registreret overdragelsesvilkår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="118"/>
        <source>Transfer {account} to {successor} and rename it to {successor}&apos;s name, as agreed</source>
        <translation>Overdrag {account} til {successor}, og omdøb den til {successor}, som aftalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="121"/>
        <source>Turn {account} into a company account, as agreed, and hand {leaver}&apos;s {role} role to {successor}</source>
        <translation>Gør {account} til en virksomhedskonto som aftalt, og overdrag rollen som {role} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="124"/>
        <source>Archive {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Arkivér {account} som aftalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="126"/>
        <source>Close {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Luk {account} som aftalt, og fjern rollen som {role} for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="128"/>
        <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}&apos;s {role} role in the registry</source>
        <translation>{leaver} beholder {account} som aftalt: omdøb den, så den ikke længere taler på virksomhedens vegne, og fjern rollen som {role} for {leaver} i registret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="131"/>
        <source>Update the bio of {account}: {leaver} no longer works for the company</source>
        <translation>Opdatér profilteksten på {account}: {leaver} arbejder ikke længere i virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="133"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}</source>
        <translation>Overdrag rollen som {role} på {account} fra {leaver} til {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="135"/>
        <source>Update the title and employer on {account} (it stays {leaver}&apos;s own profile)</source>
        <translation>Opdatér titel og arbejdsgiver på {account} (profilen tilhører fortsat {leaver} selv)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="138"/>
        <source>Step down, from {account}, as administrator of the company&apos;s pages and groups</source>
        <translation>Træd ud som administrator af virksomhedens sider og grupper fra {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="141"/>
        <source>Record that {leaver}&apos;s ambassador consent for {account} ends on the last working day</source>
        <translation>Registrér, at samtykket fra {leaver} til at være ambassadør med {account} ophører på sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="144"/>
        <source>Remove {leaver}&apos;s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
        <translation>Fjern rollen som {role} på {account} for {leaver} fra registret: virksomheden administrerer den ikke længere, og profilen bliver hos sin indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="147"/>
        <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
        <translation>Slet det gemte login til {account} fra nøgleringen: det er en personlig profil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="150"/>
        <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
        <translation>Find ud af, hvem {account} tilhører, og registrér dens type, før {leaver} fratræder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="153"/>
        <source>Remove {leaver}&apos;s {role} role on {account} once it is settled whose account it is</source>
        <translation>Fjern rollen som {role} på {account} for {leaver}, når det er afklaret, hvem kontoen tilhører</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="156"/>
        <source>Remove {leaver}&apos;s {role} role on {account}, which is no longer in use</source>
        <translation>Fjern rollen som {role} på {account} for {leaver}; kontoen er ikke længere i brug</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="158"/>
        <source>Confirm that no company account still logs in or recovers its password with {leaver}&apos;s mailbox {leaver_email}</source>
        <translation>Bekræft, at ingen af virksomhedens konti længere logger ind eller gendanner adgangskoden med postkassen {leaver_email}, som tilhører {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="161"/>
        <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
        <translation>Indhent underskrifter fra {leaver} og virksomheden på overdragelseserklæringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="164"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="166"/>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="168"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="170"/>
        <source>owner</source>
        <translation>ejer</translation>
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
        <translation>overdragelse til efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="186"/>
        <source>transfer to company</source>
        <translation>overdragelse til virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="188"/>
        <source>holder keeps</source>
        <translation>indehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="190"/>
        <source>archive</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="192"/>
        <source>close</source>
        <translation>lukning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="194"/>
        <source>none agreed</source>
        <translation>intet aftalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="196"/>
        <source>(no work email recorded)</source>
        <translation>(ingen arbejds-e-mail registreret)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="198"/>
        <source>the successor</source>
        <translation>efterfølgeren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="200"/>
        <source>{name} (leaver)</source>
        <translation>{name} (fratræder)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="202"/>
        <source>{name} (successor)</source>
        <translation>{name} (efterfølger)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="204"/>
        <source>Successor (not chosen yet)</source>
        <translation>Efterfølger (ikke valgt endnu)</translation>
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
        <translation>Ingen gemte logins</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="432"/>
        <source>Logins kept in the keyring</source>
        <translation>Logins i nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="453"/>
        <source>Rotation</source>
        <translation>Skift af login</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="457"/>
        <source>&amp;Mark rotated</source>
        <translation>&amp;Markér som skiftet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="458"/>
        <source>Mark rotated</source>
        <translation>Markér som skiftet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="460"/>
        <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
        <translation>Når login er ændret på platformen, så gem det nye med Erstat…, eller markér det som skiftet, hvis det nye opbevares et andet sted. Under alle omstændigheder noterer registret, hvem der gjorde det og hvornår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="477"/>
        <source>Waiting for the keyring</source>
        <translation>Venter på nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="478"/>
        <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
        <translation>Venter på nøgleringen… Hvis den beder om at blive låst op, så svar på det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="480"/>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Stop med at vente</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="481"/>
        <source>Stop waiting</source>
        <translation>Stop med at vente</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="482"/>
        <source>Stop waiting for this answer; the keyring may still finish it.</source>
        <translation>Stop med at vente på dette svar; nøgleringen kan stadig nå at gøre det færdigt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="496"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="520"/>
        <source>Keyring problem</source>
        <translation>Problem med nøgleringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="534"/>
        <source>Check a&amp;gain</source>
        <translation>Tjek &amp;igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="535"/>
        <source>Check the keyring again</source>
        <translation>Tjek nøgleringen igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="578"/>
        <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
        <translation>Dette er en personlig konto: dens login tilhører indehaveren, og registret gemmer det ikke. Der er derfor intet at gøre her.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="582"/>
        <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
        <translation>Angiv under Oversigt, om dette er en virksomheds-, medarbejderrolle- eller personlig konto; logins gemmes kun for virksomheds- og medarbejderrollekonti.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="593"/>
        <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
        <translation>{reason} Resten af registret virker som normalt; logins gemmes aldrig et andet sted i stedet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="597"/>
        <source>Logins of this account are kept in the operating system&apos;s keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Denne kontos logins opbevares i styresystemets nøglering ({backend}). Registret noterer kun, at der er gemt et, og hvornår og af hvem det sidst blev ændret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="601"/>
        <source>Logins of this account are kept in the operating system&apos;s keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Denne kontos logins opbevares i styresystemets nøglering. Registret noterer kun, at der er gemt et, og hvornår og af hvem det sidst blev ændret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="608"/>
        <source>Checking the keyring…</source>
        <translation>Tjekker nøgleringen…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="612"/>
        <source>Wait for the keyring to answer.</source>
        <translation>Vent på, at nøgleringen svarer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="620"/>
        <source>Replace…</source>
        <translation>Erstat…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="620"/>
        <source>Set…</source>
        <translation>Angiv…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="621"/>
        <source>Replace {field}</source>
        <translation>Erstat {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="622"/>
        <source>Set {field}</source>
        <translation>Angiv {field}</translation>
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
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="68"/>
        <source>Recovery codes</source>
        <translation>Gendannelseskoder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="69"/>
        <source>Two-factor notes</source>
        <translation>Noter om tofaktor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="84"/>
        <source>The keyring failed; try again.</source>
        <translation>Nøgleringen fejlede; prøv igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="85"/>
        <source>The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your keyring application, or by logging in again) and try again.</source>
        <translation>Nøgleringen er låst, eller dens anmodning om oplåsning blev afvist; lås den op (f.eks. i dit nøgleringsprogram eller ved at logge ind igen), og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="88"/>
        <source>The keyring did not answer in time; check whether it is showing an unlock prompt, or restart it, and try again.</source>
        <translation>Nøgleringen svarede ikke i tide; se efter, om den beder om at blive låst op, eller genstart den, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="90"/>
        <source>No keyring is available on this computer; install and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Der er ingen nøglering på denne computer; installér og lås en Secret Service op, f.eks. GNOME-nøglering eller KWallet, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="92"/>
        <source>No keyring is available on this computer; check that the operating system&apos;s credential store works, then try again.</source>
        <translation>Der er ingen nøglering på denne computer; tjek, at styresystemets lager til adgangsoplysninger virker, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="94"/>
        <source>Keyring storage is switched off (the null keyring is configured); choose the operating system&apos;s keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.</source>
        <translation>Lagring i nøglering er slået fra (null-nøgleringen er valgt); vælg styresystemets nøglering i keyringrc.cfg eller PYTHON_KEYRING_BACKEND for at gemme logins.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="97"/>
        <source>The configured keyring keeps secrets in a file of its own, not in the operating system&apos;s keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager instead.</source>
        <translation>Den valgte nøglering gemmer hemmeligheder i sin egen fil, ikke i styresystemets nøglering; vælg i stedet GNOME-nøglering, KWallet, macOS-nøglering eller Windows Legitimationsstyring.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="100"/>
        <source>The keyring has no usable default collection; open your keyring application (such as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.</source>
        <translation>Nøgleringen har ingen brugbar standardsamling; åbn dit nøgleringsprogram (f.eks. Seahorse eller KWallet Manager), opret eller lås standardnøgleringen op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="103"/>
        <source>A personal account&apos;s login belongs to its holder; the registry does not store it.</source>
        <translation>En personlig kontos login tilhører indehaveren; registret gemmer det ikke.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="156"/>
        <source>Something unexpected went wrong ({name}); nothing was shown or changed in the keyring by this window.</source>
        <translation>Der skete en uventet fejl ({name}); dette vindue har ikke vist eller ændret noget i nøgleringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="341"/>
        <source>Reveal {field}</source>
        <translation>Vis {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="342"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="343"/>
        <source>Copy {field}</source>
        <translation>Kopiér {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="344"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="353"/>
        <source>{field}, revealed</source>
        <translation>{field}, vist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="629"/>
        <source>Type the {field} to store it in the keyring.</source>
        <translation>Skriv {field} ind, og gem i nøgleringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="630"/>
        <source>Show the {field} for {seconds} seconds.</source>
        <translation>Vis {field} i {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="631"/>
        <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
        <translation>Kopiér {field}; udklipsholderen ryddes igen efter {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="633"/>
        <source>Remove the {field} from the keyring.</source>
        <translation>Fjern {field} fra nøgleringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="636"/>
        <source>Hide the {field} now.</source>
        <translation>Skjul {field} nu.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="643"/>
        <source>No {field} is stored yet.</source>
        <translation>Endnu ikke gemt: {field}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="651"/>
        <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
        <translation>Senest gemt, erstattet eller markeret som skiftet {when} af {who}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="652"/>
        <source>someone</source>
        <translation>en ukendt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="654"/>
        <source>No login is stored for this account.</source>
        <translation>Der er ikke gemt noget login til denne konto.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="657"/>
        <source>Record that the login was changed at the platform, by you, now.</source>
        <translation>Registrér, at du har ændret login på platformen nu.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="658"/>
        <source>Store a login first; then its rotation can be recorded.</source>
        <translation>Gem først et login; derefter kan skiftet registreres.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="662"/>
        <source>The keyring is locked</source>
        <translation>Nøgleringen er låst</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="664"/>
        <source>The keyring does not answer</source>
        <translation>Nøgleringen svarer ikke</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="666"/>
        <source>No keyring to store logins in</source>
        <translation>Ingen nøglering at gemme logins i</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="667"/>
        <source>The keyring failed</source>
        <translation>Nøgleringen fejlede</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="671"/>
        <source>Not stored</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="673"/>
        <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
        <translation>Registreret som gemt, men nøgleringen har det ikke: angiv det igen med Erstat…, eller slet registreringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="677"/>
        <source>Stored</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="678"/>
        <source>Stored; set on {when} by {who}</source>
        <translation>Gemt; angivet {when} af {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="731"/>
        <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
        <translation>Stoppede med at vente på nøgleringen. Hvis den svarer senere, bliver listen ovenfor opdateret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="763"/>
        <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
        <translation>Nøgleringen mangler {field} til denne konto, selvom registret angiver, at det er gemt. Angiv det igen med Erstat…, eller slet registreringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="784"/>
        <source>Hidden again after {seconds} s.</source>
        <translation>Skjules igen efter {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="790"/>
        <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
        <translation>Kopierede {field}. Udklipsholderen ryddes igen efter {seconds} s, hvis den stadig indeholder det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="795"/>
        <source>Stored the {field} in the keyring.</source>
        <translation>Gemte {field} i nøgleringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="800"/>
        <source>Deleted the {field} from the keyring.</source>
        <translation>Slettede {field} fra nøgleringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="345"/>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="859"/>
        <source>Delete {field}</source>
        <translation>Slet {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="860"/>
        <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
        <translation>Vil du slette {field} fra nøgleringen? Det kan ikke gendannes; registret gemmer kun, at det blev slettet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="881"/>
        <source>Recorded that the login was rotated.</source>
        <translation>Registrerede, at login er skiftet.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="37"/>
        <source>The company&apos;s own pages, groups and channels.</source>
        <translation>Virksomhedens egne sider, grupper og kanaler.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="38"/>
        <source>Accounts in which an employee is visibly present for the company.</source>
        <translation>Konti, hvor en medarbejder synligt optræder for virksomheden.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="40"/>
        <source>People&apos;s own profiles; the company can never take them over.</source>
        <translation>Personers egne profiler; virksomheden kan aldrig overtage dem.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="42"/>
        <source>Nobody has recorded whose account it is yet.</source>
        <translation>Ingen har endnu registreret, hvem kontoen tilhører.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="113"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="120"/>
        <source>Accounts looked after, by kind</source>
        <translation>Forvaltede konti efter type</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="125"/>
        <source>{kind} accounts</source>
        <translation>Konti af typen {kind}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="137"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="138"/>
        <source>Show all accounts</source>
        <translation>Vis alle konti</translation>
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
        <translation>personer er registreret: medarbejdere, fratrædende og eksterne hjælpere, der er indehavere af eller administrerer konti.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="153"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="157"/>
        <source>Accounts at risk</source>
        <translation>Konti i risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="160"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="161"/>
        <source>Show accounts at risk</source>
        <translation>Vis konti i risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="211"/>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="212"/>
        <source>Counting the registry…</source>
        <translation>Tæller registret op…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="218"/>
        <source>Your organisation</source>
        <translation>Din organisation</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="228"/>
        <source>{looked_after} of {accounts} registered accounts are looked after; {retired} archived or closed are not counted.</source>
        <translation>{looked_after} af {accounts} registrerede konti forvaltes; {retired} arkiverede eller lukkede tælles ikke med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="231"/>
        <source>{looked_after} of {accounts} registered accounts are looked after.</source>
        <translation>{looked_after} af {accounts} registrerede konti forvaltes.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="239"/>
        <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
        <translation>&lt;b&gt;{at_risk}&lt;/b&gt; af {looked_after} forvaltede konti er i risiko. Hold musen over en søjle, eller gå til den med piletasterne, for at se, hvad risikoen betyder, og hvad du kan gøre.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="243"/>
        <source>No account looked after is at risk.</source>
        <translation>Ingen forvaltet konto er i risiko.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="244"/>
        <source>Nothing to assess yet.</source>
        <translation>Intet at vurdere endnu.</translation>
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
        <translation>om {days} dage</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="47"/>
        <source>{days} days ago</source>
        <translation>for {days} dage siden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="48"/>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="56"/>
        <source>“{text}” is not a date that exists ({example}).</source>
        <translation>»{text}« er ikke en dato, der findes ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="58"/>
        <source>“{text}” has a two-digit year; write the year in full ({example}).</source>
        <translation>»{text}« har et årstal med to cifre; skriv hele årstallet ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="61"/>
        <source>“{text}” could be {one} or {other}; write it as {first} or {second}.</source>
        <translation>»{text}« kan være {one} eller {other}; skriv den som {first} eller {second}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="63"/>
        <source>“{text}” is not a date ({example}).</source>
        <translation>»{text}« er ikke en dato ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="65"/>
        <source>“{text}” is not a complete date ({example}).</source>
        <translation>»{text}« er ikke en fuldstændig dato ({example}).</translation>
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
        <translation>Vælg datoen i en kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="112"/>
        <source>Choose from a calendar</source>
        <translation>Vælg i en kalender</translation>
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
        <translation>Overdraget til efterfølgeren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="30"/>
        <source>Transferred to the company</source>
        <translation>Overdraget til virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="31"/>
        <source>The holder keeps it</source>
        <translation>Indehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="32"/>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="33"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="36"/>
        <source>Company account</source>
        <translation>Virksomhedskonto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="37"/>
        <source>Employee-role account</source>
        <translation>Konto i medarbejderrolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="38"/>
        <source>Personal account</source>
        <translation>Personlig konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="39"/>
        <source>Kind not recorded</source>
        <translation>Type ikke registreret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="42"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="43"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="44"/>
        <source>Waived</source>
        <translation>Frafaldet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="47"/>
        <source>open</source>
        <translation>åbent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="48"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="49"/>
        <source>cancelled</source>
        <translation>annulleret</translation>
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
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="105"/>
        <location filename="../../accountregistry/gui/documents.py" line="153"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="114"/>
        <source>Offboarding of {leaver}</source>
        <translation>Fratrædelsesforløb for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="115"/>
        <source>not chosen yet</source>
        <translation>ikke valgt endnu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="118"/>
        <location filename="../../accountregistry/gui/documents.py" line="226"/>
        <source>Last working day: {day}</source>
        <translation>Sidste arbejdsdag: {day}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="119"/>
        <location filename="../../accountregistry/gui/documents.py" line="228"/>
        <source>Successor: {name}</source>
        <translation>Efterfølger: {name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="120"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="121"/>
        <source>{settled} of {total} items settled</source>
        <translation>{settled} af {total} punkter afklaret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="126"/>
        <source>Printed on {day}</source>
        <translation>Udskrevet {day}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="129"/>
        <source>What stands in the way</source>
        <translation>Forhindringer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="134"/>
        <location filename="../../accountregistry/gui/documents.py" line="276"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
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
        <translation>Åben, forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="158"/>
        <source>This offboarding has no items.</source>
        <translation>Dette fratrædelsesforløb har ingen punkter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="168"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="169"/>
        <source>– still the leaver</source>
        <translation>– stadig den fratrædende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="172"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="181"/>
        <source>No checklist item</source>
        <translation>Intet punkt på tjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="187"/>
        <source>No handover terms agreed</source>
        <translation>Ingen overdragelsesvilkår aftalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="190"/>
        <source>{outcome} (agreed {day})</source>
        <translation>{outcome} (aftalt {day})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="199"/>
        <source>The company</source>
        <translation>Virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="200"/>
        <source>Nobody recorded</source>
        <translation>Ingen registreret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="206"/>
        <source>No: the leaver is still {roles}</source>
        <translation>Nej: den fratrædende er stadig {roles}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="209"/>
        <source>No: 1 item open</source>
        <translation>Nej: 1 punkt åbent</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="211"/>
        <source>No: {count} items open</source>
        <translation>Nej: {count} punkter åbne</translation>
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
        <translation>Fratrædende: {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="225"/>
        <source>Position: {role}</source>
        <translation>Stilling: {role}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="229"/>
        <source>Offboarding {number}: {status}</source>
        <translation>Fratrædelsesforløb {number}: {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="232"/>
        <source>Closed on {when} by {who}</source>
        <translation>Lukket {when} af {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="239"/>
        <source>Handover confirmation</source>
        <translation>Overdragelseserklæring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="241"/>
        <source>the company</source>
        <translation>virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="242"/>
        <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company&apos;s pages, groups and accounts stay with the company; personal profiles remain their holder&apos;s own.</source>
        <translation>Denne erklæring bekræfter, hvad der er sket med hver af de konti på sociale medier, som {leaver} havde eller administrerede for {organisation}. Virksomhedens sider, grupper og konti bliver i virksomheden; personlige profiler tilhører fortsat deres indehaver.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="250"/>
        <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
        <translation>Ikke alt er afklaret endnu ({count} konti er stadig åbne). Skriv under, når alle konti er afklaret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="255"/>
        <source>Accounts ({count})</source>
        <translation>Konti ({count})</translation>
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
        <translation>Aftalt udfald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="257"/>
        <source>Settled</source>
        <translation>Afklaret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="263"/>
        <source>The leaver held or administered no account.</source>
        <translation>Den fratrædende var hverken indehaver eller administrator af nogen konto.</translation>
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
        <translation>Indehaver nu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="275"/>
        <source>Administered by now</source>
        <translation>Administratorer nu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="286"/>
        <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
        <translation>Overdragelseserklæring for {leaver}, fratrædelsesforløb {number}, sidste arbejdsdag {day}: {count} konti.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="296"/>
        <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company&apos;s accounts.</source>
        <translation>Med deres underskrift bekræfter begge parter, at de konti, der står i denne erklæring, er afklaret som beskrevet, og at den fratrædende ikke længere har adgang til virksomhedens konti.</translation>
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
        <translation>Den fratrædende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="303"/>
        <source>For the company (HR)</source>
        <translation>For virksomheden (HR)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="353"/>
        <source>{path} is a folder; give the path of a PDF file.</source>
        <translation>{path} er en mappe; angiv stien til en PDF-fil.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="356"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
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
        <translation>Kan ikke skrive {path}: PDF-filen kunne ikke laves.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="87"/>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="199"/>
        <source>Export the ownership report</source>
        <translation>Eksportér ejerskabsrapporten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="89"/>
        <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back.</source>
        <translation>Én række pr. konto med indehaver, administratorer, login, tofaktorlogin, overdragelsesvilkår, datoer for gennemgang og risici. Excel og LibreOffice kan åbne den, og Importér kan læse den ind igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="95"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="96"/>
        <source>The file to write; type a name or choose one</source>
        <translation>Filen, der skal skrives; skriv et navn, eller vælg en</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="99"/>
        <source>Choose the file</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="100"/>
        <source>Choose the file in a file dialog</source>
        <translation>Vælg filen i en fildialog</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="108"/>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="111"/>
        <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
        <translation>Semikolon ( ; ) til dansk, svensk, norsk og det meste af Europa</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="112"/>
        <source>Comma ( , ) for English</source>
        <translation>Komma ( , ) til engelsk</translation>
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
        <translation>Tegnet mellem cellerne. Regnearket på denne computer forventer det, der er valgt fra start.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="120"/>
        <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
        <translation>Kun de &amp;viste konti (aktuelle filtre: {count} konti)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="122"/>
        <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
        <translation>De &amp;viste konti ({count} konti; intet filter er sat)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="124"/>
        <source>Only the accounts shown</source>
        <translation>Kun de viste konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="125"/>
        <source>&amp;All accounts ({count})</source>
        <translation>&amp;Alle konti ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="127"/>
        <source>All accounts</source>
        <translation>Alle konti</translation>
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
        <translation>Konti:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="148"/>
        <source>Export progress</source>
        <translation>Eksportens fremskridt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="153"/>
        <source>Export status</source>
        <translation>Eksportens status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="164"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="165"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="168"/>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="279"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="200"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="205"/>
        <source>Replace the file?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="206"/>
        <source>{path} exists already. Replace it with the new report?</source>
        <translation>{path} findes allerede. Vil du erstatte den med den nye rapport?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="245"/>
        <source>Give the name of the file to write the report to.</source>
        <translation>Angiv navnet på den fil, rapporten skal skrives til.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="252"/>
        <source>Reading {count} accounts…</source>
        <translation>Læser {count} konti…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="268"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="279"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="287"/>
        <source>Writing {done} of {total} accounts…</source>
        <translation>Skriver {done} af {total} konti…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="296"/>
        <source>Exported {count} account to {path}.</source>
        <translation>Eksporterede {count} konto til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="297"/>
        <source>Exported {count} accounts to {path}.</source>
        <translation>Eksporterede {count} konti til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="303"/>
        <source>Not exported. {reason}</source>
        <translation>Ikke eksporteret. {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="305"/>
        <source>The export failed unexpectedly; no file was written.</source>
        <translation>Eksporten mislykkedes uventet; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="310"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
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
        <translation>{platform}-{presence} »{handle}«</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="57"/>
        <source>{account} — {display_name}</source>
        <translation>{account} — {display_name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="59"/>
        <source>{account} ({kind})</source>
        <translation>{account} ({kind})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="73"/>
        <source>What happens to followers, the network and groups built for the company</source>
        <translation>Hvad der sker med følgere, netværket og grupper bygget op for virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="75"/>
        <source>What happens to posts, messages and media</source>
        <translation>Hvad der sker med opslag, beskeder og medier</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="77"/>
        <source>blank = none agreed</source>
        <translation>tomt = intet aftalt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="79"/>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="82"/>
        <source>Name of who signed for the company</source>
        <translation>Navn på den, der skrev under for virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="86"/>
        <source>&amp;Disposition</source>
        <translation>&amp;Ved fratræden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="87"/>
        <source>&amp;Successor</source>
        <translation>&amp;Efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="88"/>
        <source>&amp;Followers, network and groups</source>
        <translation>&amp;Følgere, netværk og grupper</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="89"/>
        <source>&amp;Content</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="90"/>
        <source>&amp;Notice (days)</source>
        <translation>Var&amp;sel (dage)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="91"/>
        <source>A&amp;greed on</source>
        <translation>&amp;Aftalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="93"/>
        <source>Agreed for the company &amp;by</source>
        <translation>&amp;Underskrevet for virksomheden af</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="100"/>
        <source>Save as new version</source>
        <translation>Gem som ny version</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="184"/>
        <source>Import accounts from {name}</source>
        <translation>Importér konti fra {name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="189"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="194"/>
        <source>{action} rows</source>
        <translation>Rækker: {action}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="203"/>
        <source>What the import says</source>
        <translation>Importens besked</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="208"/>
        <source>Notes about the file</source>
        <translation>Bemærkninger om filen</translation>
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
        <translation>Filens rækker</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="244"/>
        <source>The chosen row</source>
        <translation>Den valgte række</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="249"/>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="253"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="254"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="255"/>
        <source>Import only the &amp;valid rows…</source>
        <translation>Importér kun de &amp;gyldige rækker…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="257"/>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="293"/>
        <source>Import only the valid rows</source>
        <translation>Importér kun de gyldige rækker</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="258"/>
        <source>Leave out the rows in error and import the others</source>
        <translation>Udelad rækkerne med fejl, og importér resten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="260"/>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="394"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="284"/>
        <source>Checking {path}…</source>
        <translation>Kontrollerer {path}…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="294"/>
        <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
        <translation>Vil du importere {importing} rækker og udelade de {skipped} rækker med fejl? De udeladte rækker importeres ikke; ret dem i filen, og importér den igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="307"/>
        <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
        <translation>{name}: {rows} rækker. Intet bliver skrevet, før du trykker på Importér.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="311"/>
        <source>{action}: {count}</source>
        <translation>{action}: {count}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="317"/>
        <source>All rows ({count})</source>
        <translation>Alle rækker ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="319"/>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="326"/>
        <source>Columns this registry does not know are left out: {columns}.</source>
        <translation>Kolonner, som registret ikke kender, udelades: {columns}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="329"/>
        <source>Columns the registry computes itself are not read: {columns}.</source>
        <translation>Kolonner, som registret selv beregner, læses ikke: {columns}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="332"/>
        <source>{count} people not yet in the registry will be added.</source>
        <translation>{count} personer, der endnu ikke er i registret, bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="340"/>
        <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
        <translation>{count} rækker kan ikke importeres; den første er linje {line}: {reason} Ret filen, og kontrollér den igen, eller importér kun de gyldige rækker.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="344"/>
        <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
        <translation>Intet at importere: alle konti i filen står allerede i registret, som filen angiver dem.</translation>
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
        <translation>Ikke mulig: {count} rækker har fejl. Ret dem, eller importér kun de gyldige rækker.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="389"/>
        <source>Write the new and changed accounts to the registry</source>
        <translation>Skriv de nye og ændrede konti i registret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="394"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="415"/>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="425"/>
        <source>Cancelling; nothing will be written…</source>
        <translation>Annullerer; intet bliver skrevet…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="444"/>
        <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importeret fra {name}: {created} nye konti, {updated} opdateret, {unchanged} uændret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="450"/>
        <source>{count} people added</source>
        <translation>{count} personer tilføjet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="452"/>
        <source>{count} roles granted</source>
        <translation>{count} roller tildelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="454"/>
        <source>{count} handover terms recorded</source>
        <translation>{count} overdragelsesvilkår registreret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="456"/>
        <source>{count} rows in error left out</source>
        <translation>{count} rækker med fejl udeladt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="467"/>
        <source>{name} cannot be imported.</source>
        <translation>{name} kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="475"/>
        <source>The import failed unexpectedly; nothing was written.</source>
        <translation>Importen mislykkedes uventet; intet blev skrevet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="482"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen blev annulleret; intet blev skrevet.</translation>
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
        <translation>Opdatering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="61"/>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="62"/>
        <source>Error</source>
        <translation>Fejl</translation>
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
        <translation>Hvad der ændres, eller hvorfor rækken ikke kan importeres</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="87"/>
        <source>A new account.</source>
        <translation>En ny konto.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="90"/>
        <source>{column}: “{old}” → “{new}”</source>
        <translation>{column}: »{old}« → »{new}«</translation>
    </message>
</context>
<context>
    <name>LastDayDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="99"/>
        <source>Change the last working day</source>
        <translation>Ændr sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="100"/>
        <source>Open items move with the last working day; done and waived items keep their dates.</source>
        <translation>Åbne punkter flytter med sidste arbejdsdag; udførte og frafaldne punkter beholder deres datoer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="101"/>
        <source>&amp;Change</source>
        <translation>Æ&amp;ndr</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="104"/>
        <source>&amp;Last working day</source>
        <translation>Sidste a&amp;rbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="105"/>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="115"/>
        <source>The last working day is required.</source>
        <translation>Sidste arbejdsdag skal udfyldes.</translation>
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
        <translation>for {days} dage siden</translation>
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
        <translation>om {days} dage</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="51"/>
        <source>1 account</source>
        <translation>1 konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="53"/>
        <source>{count} accounts</source>
        <translation>{count} konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="55"/>
        <source>1 open item</source>
        <translation>1 åbent punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="56"/>
        <source>{count} open items</source>
        <translation>{count} åbne punkter</translation>
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
        <translation>Medarbejdere, der fratræder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="74"/>
        <source>in the next {days} days</source>
        <translation>de næste {days} dage</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="75"/>
        <source>Leaving &amp;within</source>
        <translation>Fratræder &amp;inden for</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="77"/>
        <source>Leaving within</source>
        <translation>Fratræder inden for</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="82"/>
        <source>People leaving with accounts unsettled</source>
        <translation>Medarbejdere, der fratræder med konti, der ikke er afklaret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Unsettled</source>
        <translation>Ikke afklaret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="84"/>
        <source>Offboarding</source>
        <translation>Fratrædelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="90"/>
        <source>Click a person, or press Enter, to see their offboarding</source>
        <translation>Klik på en person, eller tryk på Enter, for at se personens fratrædelsesforløb</translation>
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
        <translation>{count} personer fratræder inden for {days} dage med konti, der ikke er afklaret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="153"/>
        <source>1 person leaves within {days} days with accounts unsettled.</source>
        <translation>1 person fratræder inden for {days} dage med konti, der ikke er afklaret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="156"/>
        <source>No one leaves within {days} days with anything unsettled.</source>
        <translation>Ingen fratræder inden for {days} dage med noget, der ikke er afklaret.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="38"/>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="38"/>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="39"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="39"/>
        <source>Offboarding</source>
        <translation>Fratrædelser</translation>
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
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="123"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="216"/>
        <source>Loading the registry…</source>
        <translation>Indlæser registret…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="251"/>
        <source>The registry could not be read.</source>
        <translation>Registret kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="253"/>
        <source>The registry could not be read.

{error}</source>
        <translation>Registret kunne ikke læses.

{error}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="257"/>
        <source>Reading the registry failed unexpectedly. Nothing was changed.</source>
        <translation>Der opstod en uventet fejl under læsning af registret. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="290"/>
        <source>Create the sample organisation</source>
        <translation>Opret eksempelorganisationen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="293"/>
        <source>Created {organisation}: {accounts} accounts and {people} people.</source>
        <translation>Oprettede {organisation}: {accounts} konti og {people} personer.</translation>
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
        <translation>Annullerede</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="55"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="357"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="365"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="56"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="360"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="57"/>
        <source>Waived</source>
        <translation>Frafaldet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="74"/>
        <source>{settled} of {total} settled</source>
        <translation>{settled} af {total} afklaret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="100"/>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} »{name}«</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="127"/>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation>{leaver} er eneste ejer eller administrator af {account}, og der er ikke valgt nogen efterfølger.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="132"/>
        <source>Overdue since {day}: {title}</source>
        <translation>Forsinket siden {day}: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="138"/>
        <source>The last working day, {day}, has passed.</source>
        <translation>Sidste arbejdsdag, {day}, er overstået.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="140"/>
        <source>The last working day, {day}, is today.</source>
        <translation>Sidste arbejdsdag, {day}, er i dag.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="142"/>
        <source>The last working day, {day}, is in 1 business day.</source>
        <translation>Sidste arbejdsdag, {day}, er om 1 arbejdsdag.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="144"/>
        <source>The last working day, {day}, is in {days} business days.</source>
        <translation>Sidste arbejdsdag, {day}, er om {days} arbejdsdage.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="147"/>
        <source>1 item is still open.</source>
        <translation>1 punkt er stadig åbent.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="148"/>
        <source>{count} items are still open.</source>
        <translation>{count} punkter er stadig åbne.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="149"/>
        <source>{when} {still}</source>
        <translation>{when} {still}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="171"/>
        <source>Leaver</source>
        <translation>Fratrædende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="171"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
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
        <translation>{progress}, {count} forsinkede</translation>
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
        <translation>Når punktet krydses af, overdrages den fratrædendes roller på kontoen til efterfølgeren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="357"/>
        <source>Open, overdue</source>
        <translation>Åben, forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="359"/>
        <source>Waived: {reason}</source>
        <translation>Frafaldet: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="366"/>
        <source>{status} by {who} on {when}</source>
        <translation>{status} af {who} {when}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="370"/>
        <source>Reason: {reason}</source>
        <translation>Begrundelse: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="372"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>OffboardingView</name>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="144"/>
        <source>&amp;Start offboarding…</source>
        <translation>&amp;Start fratrædelse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="145"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="356"/>
        <source>Start offboarding</source>
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="146"/>
        <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
        <translation>Start et fratrædelsesforløb for en medarbejder, der fratræder (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="150"/>
        <source>Offboardings</source>
        <translation>Fratrædelsesforløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="164"/>
        <source>&amp;Cases</source>
        <translation>Forlø&amp;b</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="189"/>
        <source>Change las&amp;t day…</source>
        <translation>Ændr s&amp;idste dag…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="190"/>
        <source>Change the last working day</source>
        <translation>Ændr sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="195"/>
        <source>Not chosen yet: type a name or email</source>
        <translation>Ikke valgt endnu: skriv et navn eller en e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="196"/>
        <source>Set s&amp;uccessor</source>
        <translation>Angi&amp;v efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="197"/>
        <source>Set successor</source>
        <translation>Angiv efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="198"/>
        <source>Open items for the successor follow the new choice; an empty field clears it.</source>
        <translation>Åbne punkter til efterfølgeren følger det nye valg; et tomt felt fjerner efterfølgeren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="209"/>
        <source>Last working day:</source>
        <translation>Sidste arbejdsdag:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="211"/>
        <source>Succ&amp;essor:</source>
        <translation>&amp;Efterfølger:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="213"/>
        <source>Successor</source>
        <translation>Efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="219"/>
        <source>Blockers</source>
        <translation>Forhindringer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="221"/>
        <source>Why the offboarding cannot be closed</source>
        <translation>Hvorfor fratrædelsesforløbet ikke kan lukkes</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="227"/>
        <source>Assigned to &amp;me</source>
        <translation>Tildelt &amp;mig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="228"/>
        <source>Only items assigned to me</source>
        <translation>Kun punkter, der er tildelt mig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="229"/>
        <source>Chec&amp;klist</source>
        <translation>&amp;Tjekliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="234"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="235"/>
        <source>Space ticks the current item done, or reopens a settled one.</source>
        <translation>Mellemrum krydser det aktuelle punkt af som udført eller genåbner et afklaret punkt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="266"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="631"/>
        <source>&amp;Done</source>
        <translation>&amp;Udført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="266"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="267"/>
        <source>Tick the current item done (Space in the checklist)</source>
        <translation>Kryds det aktuelle punkt af som udført (Mellemrum i tjeklisten)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268"/>
        <source>Done with &amp;note…</source>
        <translation>Udført med &amp;note…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268"/>
        <source>Done with a note</source>
        <translation>Udført med en note</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269"/>
        <source>&amp;Waive…</source>
        <translation>Fr&amp;afald…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269"/>
        <source>Waive</source>
        <translation>Frafald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="270"/>
        <source>Settle the item without doing it; a reason is required</source>
        <translation>Afklar punktet uden at udføre det; der skal angives en begrundelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271"/>
        <source>Re&amp;open item…</source>
        <translation>Genåbn &amp;punkt…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="653"/>
        <source>Reopen item</source>
        <translation>Genåbn punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272"/>
        <source>C&amp;lose case</source>
        <translation>&amp;Luk forløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272"/>
        <source>Close case</source>
        <translation>Luk forløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="273"/>
        <source>Close the offboarding once every item is settled and the leaver holds no role</source>
        <translation>Luk fratrædelsesforløbet, når alle punkter er afklaret, og den fratrædende ikke har nogen roller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="275"/>
        <source>&amp;Reopen case…</source>
        <translation>&amp;Genåbn forløb…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="275"/>
        <source>Reopen case</source>
        <translation>Genåbn forløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="276"/>
        <source>Cancel c&amp;ase…</source>
        <translation>Annullé&amp;r forløb…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="276"/>
        <source>Cancel case</source>
        <translation>Annullér forløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="277"/>
        <source>The person stays after all; the case is kept, marked cancelled</source>
        <translation>Personen bliver alligevel; forløbet gemmes, markeret som annulleret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="278"/>
        <source>E&amp;xport CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="278"/>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="279"/>
        <source>&amp;Print…</source>
        <translation>Uds&amp;kriv…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="279"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="280"/>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="280"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Gem som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="281"/>
        <source>&amp;Handover confirmation…</source>
        <translation>&amp;Overdragelseserklæring…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="281"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="910"/>
        <source>Handover confirmation</source>
        <translation>Overdragelseserklæring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="282"/>
        <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
        <translation>En PDF med alle konti og deres udfald, som den fratrædende og virksomheden skriver under på</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="310"/>
        <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
        <translation>Vælg et fratrædelsesforløb på listen, eller start et for en medarbejder, der fratræder. Tjeklisten laves ud fra de konti, personen er indehaver eller administrator af.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="470"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="898"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="933"/>
        <source>Offboarding of {leaver}</source>
        <translation>Fratrædelsesforløb for {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="473"/>
        <source>Closed on {when} by {who}. {progress}.</source>
        <translation>Lukket {when} af {who}. {progress}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="476"/>
        <source>Cancelled: {reason}. Reopen it to work on it again.</source>
        <translation>Annulleret: {reason}. Genåbn forløbet for at arbejde videre med det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="479"/>
        <source>Open: {progress}.</source>
        <translation>Åbent: {progress}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="481"/>
        <source>Reopened: {reason}.</source>
        <translation>Genåbnet: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="499"/>
        <source>What stands in the way ({count})</source>
        <translation>Forhindringer ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="527"/>
        <source>Items assigned to {name}, {department}: you are recorded as {actor}.</source>
        <translation>Punkter, der er tildelt {name}, {department}: du er registreret som {actor}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="531"/>
        <source>Items assigned to {name}: you are recorded as {actor}.</source>
        <translation>Punkter, der er tildelt {name}: du er registreret som {actor}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="534"/>
        <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
        <translation>Ingen i registret passer til {actor}, det navn, du er registreret under; kun punkter, der er tildelt en funktion ved navn {actor}, er dine.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="554"/>
        <source>No item of this offboarding is assigned to you.</source>
        <translation>Ingen punkter i dette fratrædelsesforløb er tildelt dig.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="594"/>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>Når punktet krydses af, overdrages den fratrædendes roller på kontoen til efterfølgeren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="619"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="632"/>
        <source>Done: {title}</source>
        <translation>Udført: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="630"/>
        <source>Done, with a note</source>
        <translation>Udført, med en note</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="630"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <source>Waive item</source>
        <translation>Frafald punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="767"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="781"/>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <source>&amp;Waive</source>
        <translation>&amp;Frafald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="640"/>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv, hvorfor punktet frafaldes; et frafaldet punkt kræver en begrundelse.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="642"/>
        <source>Waived: {title}</source>
        <translation>Frafaldet: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="650"/>
        <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
        <translation>Roller, som overdragelsen flyttede, bliver, hvor de er; flyt dem tilbage på kontoen, hvis det er nødvendigt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="653"/>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Begrundelse (valgfri)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="654"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="767"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="656"/>
        <source>Reopened: {title}</source>
        <translation>Genåbnet: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="692"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret passer til »{text}«; vælg en person på listen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="701"/>
        <source>The successor is set; open items for the successor follow.</source>
        <translation>Efterfølgeren er angivet; åbne punkter til efterfølgeren følger med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="715"/>
        <source>The last working day is changed; open items moved with it.</source>
        <translation>Sidste arbejdsdag er ændret; åbne punkter er flyttet med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="731"/>
        <source>The offboarding of {leaver} is closed.</source>
        <translation>Fratrædelsesforløbet for {leaver} er lukket.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="737"/>
        <source>The offboarding cannot be closed yet: {count} things remain.</source>
        <translation>Fratrædelsesforløbet kan ikke lukkes endnu: {count} ting mangler.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="738"/>
        <source>The offboarding cannot be closed yet: 1 thing remains.</source>
        <translation>Fratrædelsesforløbet kan ikke lukkes endnu: 1 ting mangler.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="751"/>
        <source>item {number} is open (due {day}, {assignee}): {title}</source>
        <translation>punkt {number} er åbent (frist {day}, {assignee}): {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="754"/>
        <source>{leaver} is still {role} of {account}</source>
        <translation>{leaver} er stadig {role} for {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="764"/>
        <source>Reopen the offboarding</source>
        <translation>Genåbn fratrædelsesforløbet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="765"/>
        <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
        <translation>Fratrædelsesforløbet for {leaver} åbnes igen, og personen registreres som fratrædende.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="768"/>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv, hvorfor du genåbner fratrædelsesforløbet; der skal angives en begrundelse.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="770"/>
        <source>The offboarding is open again.</source>
        <translation>Fratrædelsesforløbet er åbent igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="777"/>
        <source>Cancel the offboarding</source>
        <translation>Annullér fratrædelsesforløbet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="778"/>
        <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
        <translation>Annullér, hvis {leaver} alligevel bliver. Fratrædelsesforløbet gemmes, markeret som annulleret, og {leaver} registreres som ansat igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="781"/>
        <source>Cancel the &amp;offboarding</source>
        <translation>Annullér &amp;fratrædelsesforløbet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="782"/>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv, hvorfor du annullerer fratrædelsesforløbet; der skal angives en begrundelse.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="784"/>
        <source>The offboarding is cancelled.</source>
        <translation>Fratrædelsesforløbet er annulleret.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="822"/>
        <source>The offboarding is started; the person is recorded as leaving.</source>
        <translation>Fratrædelsesforløbet er startet; personen er registreret som fratrædende.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="837"/>
        <source>Print the checklist</source>
        <translation>Udskriv tjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="857"/>
        <source>Export the checklist as CSV</source>
        <translation>Eksportér tjeklisten som CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="858"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="900"/>
        <source>Offboarding</source>
        <translation>Fratrædelse</translation>
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
        <translation>Eksporten mislykkedes uventet: {error}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="881"/>
        <source>The checklist is exported to {path}.</source>
        <translation>Tjeklisten er eksporteret til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="899"/>
        <source>Save the checklist as PDF</source>
        <translation>Gem tjeklisten som PDF</translation>
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
        <translation>Overdragelseserklæring: {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="909"/>
        <source>Save the handover confirmation as PDF</source>
        <translation>Gem overdragelseserklæringen som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="925"/>
        <source>Saved {path}.</source>
        <translation>Gemt: {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="935"/>
        <source>The checklist is sent to the printer.</source>
        <translation>Tjeklisten er sendt til printeren.</translation>
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
        <translation>Arbejds-e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="52"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="54"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="55"/>
        <source>Employment status</source>
        <translation>Ansættelsesstatus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="57"/>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="59"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="61"/>
        <source>Accounts held</source>
        <translation>Konti som indehaver</translation>
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
        <translation>Filtrér efter navn, e-mail, afdeling eller titel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="90"/>
        <source>Filter people</source>
        <translation>Filtrér personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="92"/>
        <source>Employment status</source>
        <translation>Ansættelsesstatus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="93"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="96"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Tilføj person…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="97"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="98"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Redigér person…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="99"/>
        <source>Edit person</source>
        <translation>Redigér person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="101"/>
        <source>Start &amp;offboarding…</source>
        <translation>&amp;Start fratrædelse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="102"/>
        <source>Start offboarding</source>
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="103"/>
        <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
        <translation>Start et fratrædelsesforløb for den valgte person: sidste arbejdsdag, en efterfølger og tjeklisten for personens konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="106"/>
        <source>F&amp;ilter</source>
        <translation>Fi&amp;ltrér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="117"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="134"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="134"/>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="134"/>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="135"/>
        <source>Display name</source>
        <translation>Vist navn</translation>
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
        <translation>Konti som indehaver</translation>
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
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>Reason</source>
        <translation>Begrundelse</translation>
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
        <translation>Konti med {name} som indehaver ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="207"/>
        <source>not known</source>
        <translation>ikke kendt</translation>
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
        <translation>tilbagekaldt</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="45"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="45"/>
        <source>Edit person</source>
        <translation>Redigér person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="56"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="57"/>
        <source>No last working day</source>
        <translation>Ingen sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="69"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="70"/>
        <source>&amp;Work email</source>
        <translation>&amp;Arbejds-e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="71"/>
        <source>&amp;Department</source>
        <translation>Af&amp;deling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="72"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="73"/>
        <source>&amp;Employment status</source>
        <translation>Ansættelses&amp;status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="74"/>
        <source>&amp;Last working day</source>
        <translation>Sidste a&amp;rbejdsdag</translation>
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
        <translation>Skriv navn eller e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/person_picker.py" line="99"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret passer til »{text}«; vælg en person på listen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="22"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="26"/>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="31"/>
        <source>Pseudo (for checking layouts)</source>
        <translation>Pseudo (til at kontrollere layout)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="36"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="37"/>
        <source>The new language is used the next time Account Registry starts.</source>
        <translation>Det nye sprog bruges, næste gang Account Registry starter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="44"/>
        <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
        <translation>Så længe miljøvariablen {variable} er sat (nu til »{value}«), er det den, der bestemmer sproget.</translation>
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
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="239"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="240"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="241"/>
        <source>Close without Saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="242"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="244"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="245"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="246"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="247"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="248"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="257"/>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="258"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="221"/>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="222"/>
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="226"/>
        <source>N&amp;o to All</source>
        <translation>Ne&amp;j til alle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="227"/>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="228"/>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="229"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="230"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="231"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="232"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="233"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="234"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="235"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="236"/>
        <source>Restore Defaults</source>
        <translation>Genskab standarder</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="249"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="250"/>
        <source>&amp;Redo</source>
        <translation>&amp;Omgør</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="251"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="252"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="253"/>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="254"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="255"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="256"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér l&amp;inkplacering</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="89"/>
        <source>A reason is required.</source>
        <translation>Der skal angives en begrundelse.</translation>
    </message>
</context>
<context>
    <name>RegisterAccountDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="567"/>
        <source>Register account</source>
        <translation>Registrér konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="570"/>
        <source>Record handover terms now</source>
        <translation>Registrér overdragelsesvilkår nu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="578"/>
        <source>Agreed by the holder</source>
        <translation>Aftalt med indehaveren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="580"/>
        <source>On departure</source>
        <translation>Ved fratræden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="581"/>
        <source>Agreed on</source>
        <translation>Aftalt den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="588"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="652"/>
        <source>Handover terms not saved</source>
        <translation>Overdragelsesvilkår ikke gemt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="653"/>
        <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account&apos;s Handover terms tab.</source>
        <translation>Kontoen blev registreret, men dens overdragelsesvilkår blev ikke gemt: {error}

Tilføj dem under fanen Overdragelsesvilkår på kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="657"/>
        <source>Already registered</source>
        <translation>Allerede registreret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="658"/>
        <source>{message}

Open the existing record instead?</source>
        <translation>{message}

Vil du åbne den eksisterende i stedet?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="661"/>
        <source>Open existing</source>
        <translation>Åbn eksisterende</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99"/>
        <source>&amp;Note (what needs changing):</source>
        <translation>&amp;Note (hvad der skal ændres):</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (valgfri):</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="101"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="110"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="122"/>
        <source>Write what needs changing, so that whoever changes it knows.</source>
        <translation>Skriv, hvad der skal ændres, så den, der skal ændre det, ved det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="138"/>
        <source>Flag for change</source>
        <translation>Markér til ændring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="139"/>
        <source>Say what is no longer true about the {count} selected account(s). The record stays as it is and the account stays due for review until someone confirms it.</source>
        <translation>Skriv, hvad der ikke længere passer om de(n) {count} valgte konto/konti. Oplysningerne forbliver, som de er, og kontoen skal stadig gennemgås, indtil nogen bekræfter den.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="142"/>
        <source>&amp;Flag for change</source>
        <translation>&amp;Markér til ændring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="145"/>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="146"/>
        <source>Confirm that the record of the {count} selected account(s) is true as it stands today: holder, administrators, login and handover terms.</source>
        <translation>Bekræft, at oplysningerne om de(n) {count} valgte konto/konti er korrekte, som de står i dag: indehaver, administratorer, login og overdragelsesvilkår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="149"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Markér som gennemgået</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="159"/>
        <source>{platform} “{handle}” — {display_name}</source>
        <translation>{platform} »{handle}« — {display_name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="161"/>
        <source>{platform} “{handle}”</source>
        <translation>{platform} »{handle}«</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="167"/>
        <source>No holder</source>
        <translation>Ingen indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="168"/>
        <source>No responsible unit</source>
        <translation>Ingen ansvarlig afdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="197"/>
        <source>Review round</source>
        <translation>Gennemgangsrunde</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="199"/>
        <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
        <translation>De konti, der skal gennemgås. Bekræft de oplysninger, der stadig passer, som de er; markér resten til ændring med en note om, hvad der skal ændres.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="202"/>
        <source>&amp;Holder</source>
        <translation>&amp;Indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="203"/>
        <source>Group by holder</source>
        <translation>Gruppér efter indehaver</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="204"/>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarlig af&amp;deling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="205"/>
        <source>Group by responsible unit</source>
        <translation>Gruppér efter ansvarlig afdeling</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="211"/>
        <source>Group by:</source>
        <translation>Gruppér efter:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="217"/>
        <source>Accounts due for review</source>
        <translation>Konti, der skal gennemgås</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Last reviewed</source>
        <translation>Senest gennemgået</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="219"/>
        <source>This round</source>
        <translation>Denne runde</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="231"/>
        <source>Review round summary</source>
        <translation>Oversigt over gennemgangsrunden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="234"/>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="241"/>
        <source>&amp;Confirm as is</source>
        <translation>&amp;Bekræft, som den er</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="242"/>
        <source>Confirm as is</source>
        <translation>Bekræft, som den er</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="243"/>
        <source>Mark the selected accounts reviewed today: their records are true</source>
        <translation>Markér de valgte konti som gennemgået i dag: oplysningerne er korrekte</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="244"/>
        <source>&amp;Flag for change…</source>
        <translation>&amp;Markér til ændring…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="245"/>
        <source>Flag for change</source>
        <translation>Markér til ændring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="246"/>
        <source>Note what is no longer true about the selected accounts</source>
        <translation>Skriv, hvad der ikke længere passer om de valgte konti</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="247"/>
        <source>E&amp;xport checklist…</source>
        <translation>&amp;Eksportér tjekliste…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="248"/>
        <source>Export checklist</source>
        <translation>Eksportér tjekliste</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="249"/>
        <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
        <translation>Skriv runden som en CSV-tjekliste, der kan krydses af på papir eller i et regneark</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="251"/>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="252"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="288"/>
        <source>Export the review checklist</source>
        <translation>Eksportér tjeklisten til gennemgangen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="289"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="302"/>
        <source>Finding the accounts due for review…</source>
        <translation>Finder de konti, der skal gennemgås…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="310"/>
        <source>{group} ({count} due)</source>
        <translation>{group} ({count} til gennemgang)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="318"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="330"/>
        <source>{count} accounts are due for review, in {groups} groups.</source>
        <translation>{count} konti skal gennemgås, fordelt på {groups} grupper.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="335"/>
        <source>No account is due for review. Every record was confirmed within its review interval.</source>
        <translation>Ingen konti skal gennemgås. Alle oplysninger er bekræftet inden for deres interval for gennemgang.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="371"/>
        <source>Confirmed ✓</source>
        <translation>Bekræftet ✓</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="381"/>
        <source>Flagged for change: {note}</source>
        <translation>Markeret til ændring: {note}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="391"/>
        <source>Confirmed {count} accounts as they are.</source>
        <translation>Bekræftede {count} konti, som de er.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="392"/>
        <source>Flagged {count} accounts for change.</source>
        <translation>Markerede {count} konti til ændring.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="394"/>
        <source>Stopped: {reason}</source>
        <translation>Stoppet: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="396"/>
        <source>Cancelled before the other {count}.</source>
        <translation>Annulleret før de sidste {count}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="403"/>
        <source>Recording the reviews…</source>
        <translation>Registrerer gennemgangene…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="418"/>
        <source>Wrote the checklist of {count} accounts to {path}.</source>
        <translation>Skrev tjeklisten med {count} konti til {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="422"/>
        <source>Writing the checklist…</source>
        <translation>Skriver tjeklisten…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="428"/>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="458"/>
        <source>That failed unexpectedly; nothing more was changed.</source>
        <translation>Det mislykkedes uventet; intet andet blev ændret.</translation>
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
        <translation>Ingen har en aktiv rolle som ejer eller administrator, så ingen kan styre kontoen eller tilføje en ny administrator.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="18"/>
        <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform&apos;s support to restore access now, before anyone else claims it.</source>
        <translation>Find ud af, hvem der stadig har adgang, og registrér vedkommende som ejer eller administrator; har ingen adgang, så bed platformens support om at genskabe adgangen nu, før andre gør krav på kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="22"/>
        <source>Single admin</source>
        <translation>Kun én administrator</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="24"/>
        <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
        <translation>Kun én person har en rolle som ejer eller administrator; hvis vedkommende stopper eller mister adgangen, står kontoen uden administrator.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="27"/>
        <source>Grant a second person the owner or admin role.</source>
        <translation>Giv en person mere rollen som ejer eller administrator.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="29"/>
        <source>Leaver holds a role</source>
        <translation>Fratræder har en rolle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="31"/>
        <source>Someone who is leaving or has left still holds an active role on the account.</source>
        <translation>En person, der er ved at fratræde eller er fratrådt, har stadig en aktiv rolle på kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="34"/>
        <source>Hand the role over to a successor and revoke the leaver&apos;s role, or settle it in the person&apos;s offboarding.</source>
        <translation>Overdrag rollen til en efterfølger, og tilbagekald rollen for den, der fratræder, eller afklar det i personens fratrædelsesforløb.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="37"/>
        <source>Private login</source>
        <translation>Privat login</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="39"/>
        <source>The account logs in with an email address outside the company&apos;s domains, so whoever owns that address controls the account.</source>
        <translation>Kontoen logger ind med en e-mailadresse uden for virksomhedens domæner, så den, der ejer adressen, har kontrollen over kontoen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="42"/>
        <source>Change the account&apos;s login email to a company address, such as a shared communications mailbox.</source>
        <translation>Skift kontoens login-e-mail til en adresse i virksomheden, f.eks. en fælles postkasse for kommunikation.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="45"/>
        <source>No handover terms</source>
        <translation>Ingen overdragelsesvilkår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="47"/>
        <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
        <translation>Der er ikke aftalt noget om, hvad der sker med kontoen, dens følgere og dens indhold, når indehaveren eller en administrator stopper.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="50"/>
        <source>Agree handover terms with the holder and record them, with the date.</source>
        <translation>Aftal overdragelsesvilkår med indehaveren, og registrér dem med dato.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="52"/>
        <source>Password not changed</source>
        <translation>Adgangskode ikke skiftet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="54"/>
        <source>An administrator&apos;s role was revoked after the stored password was last changed, so someone who left may still know it.</source>
        <translation>En administrators rolle blev tilbagekaldt, efter at den gemte adgangskode sidst blev skiftet, så en, der er stoppet, kender den måske stadig.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="57"/>
        <source>Change the account&apos;s password and recovery codes, and store the new ones.</source>
        <translation>Skift kontoens adgangskode og gendannelseskoder, og gem de nye.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="60"/>
        <source>No two-factor</source>
        <translation>Ingen tofaktor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="62"/>
        <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
        <translation>Kontoen har ikke tofaktorgodkendelse, eller ingen har registreret, om den har.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="65"/>
        <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
        <translation>Slå tofaktorgodkendelse til med en godkendelsesapp, en sikkerhedsnøgle eller en adgangsnøgle, og registrér metoden.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="68"/>
        <source>Owner unknown</source>
        <translation>Ejer ukendt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="70"/>
        <source>It is not recorded whether the account is the company&apos;s, an employee role or someone&apos;s personal profile, or whose profile it is.</source>
        <translation>Det er ikke registreret, om kontoen tilhører virksomheden, er en medarbejderrolle eller nogens personlige profil, eller hvis profil det er.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="73"/>
        <source>Set the account&apos;s kind and, for an employee-role or personal account, its holder.</source>
        <translation>Angiv kontoens type og, for en medarbejderrolle eller en personlig konto, dens indehaver.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="76"/>
        <source>Review overdue</source>
        <translation>Gennemgang forsinket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="78"/>
        <source>Nobody has confirmed within the review interval that the account&apos;s record is still true.</source>
        <translation>Ingen har inden for intervallet for gennemgang bekræftet, at oplysningerne om kontoen stadig passer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="81"/>
        <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
        <translation>Gennemgå kontoen: kontrollér dens administratorer, login og vilkår, og markér den derefter som gennemgået.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="84"/>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="86"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="88"/>
        <source>high</source>
        <translation>høj</translation>
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
        <translation>{at_risk} af {total} forvaltede konti er i risiko.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="111"/>
        <source>Accounts by risk: {risks}.</source>
        <translation>Konti efter risiko: {risks}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="113"/>
        <source>{platform}: {count} ({breakdown})</source>
        <translation>{platform}: {count} ({breakdown})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="116"/>
        <source>Accounts at risk by platform, by their worst risk: {platforms}.</source>
        <translation>Konti i risiko efter platform, efter deres alvorligste risiko: {platforms}.</translation>
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
        <translation>{title} ({severity} risiko): {count} konti
{explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="207"/>
        <source>What to do: {what}</source>
        <translation>Det kan du gøre: {what}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="217"/>
        <source>{platform}: {count} account at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konto i risiko
Efter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="219"/>
        <source>{platform}: {count} accounts at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konti i risiko
Efter alvorligste risiko: {breakdown}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="299"/>
        <source>Accounts by risk</source>
        <translation>Konti efter risiko</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="300"/>
        <source>Accounts at risk by platform, by their worst risk</source>
        <translation>Konti i risiko efter platform og alvorligste risiko</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="233"/>
        <source>Replace: {field}</source>
        <translation>Erstat: {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="234"/>
        <source>Store: {field}</source>
        <translation>Gem: {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="235"/>
        <source>It is stored in the operating system&apos;s keyring, never in the registry&apos;s database. Replacing it counts as rotating the login.</source>
        <translation>Det gemmes i styresystemets nøglering, aldrig i registrets database. At erstatte det tæller som at skifte login.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="252"/>
        <source>&amp;New password</source>
        <translation>&amp;Ny adgangskode</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="253"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Gentag den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="261"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="263"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="289"/>
        <source>{field} is empty; type or paste it.</source>
        <translation>{field}: feltet er tomt; skriv eller indsæt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="291"/>
        <source>{field} is too long (at most {count} characters).</source>
        <translation>{field}: for langt (højst {count} tegn).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="294"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>De to adgangskoder er ikke ens; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>StartOffboardingWizard</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="266"/>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="274"/>
        <source>Start offboarding</source>
        <translation>Start fratrædelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="270"/>
        <source>&amp;Next: see the checklist</source>
        <translation>&amp;Næste: se tjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="271"/>
        <source>&amp;Start offboarding</source>
        <translation>&amp;Start fratrædelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="272"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="273"/>
        <source>Next: see the checklist</source>
        <translation>Næste: se tjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="275"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="15"/>
        <source>company</source>
        <translation>virksomhed</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="16"/>
        <source>employee role</source>
        <translation>medarbejderrolle</translation>
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
        <translation>arkiveret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="26"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="27"/>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="28"/>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="29"/>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="30"/>
        <source>waived</source>
        <translation>frafaldet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="32"/>
        <source>owner</source>
        <translation>ejer</translation>
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
        <translation>overdrag til efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="39"/>
        <source>transfer to company</source>
        <translation>overdrag til virksomheden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="40"/>
        <source>holder keeps</source>
        <translation>indehaveren beholder den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="41"/>
        <source>archive</source>
        <translation>arkivér</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="42"/>
        <source>close</source>
        <translation>luk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="44"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="45"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="46"/>
        <source>authenticator app</source>
        <translation>godkendelsesapp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="47"/>
        <source>security key</source>
        <translation>sikkerhedsnøgle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="48"/>
        <source>passkey</source>
        <translation>adgangsnøgle</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="49"/>
        <source>sms</source>
        <translation>sms</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="50"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="52"/>
        <source>employed</source>
        <translation>ansat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="53"/>
        <source>leaving</source>
        <translation>fratræder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="54"/>
        <source>left</source>
        <translation>fratrådt</translation>
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
        <translation>Registret er tomt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="79"/>
        <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
        <translation>Registrér konti én ad gangen under Konti, importér dem fra et regneark, eller start med et eksempel. Eksempelorganisationen, Nordlys Rejser A/S, er et rejseselskab med omkring 120 konti og de problemer, rigtige registre har: sider med kun én administrator, private logins og fratrådte, der stadig har roller.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="84"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="85"/>
        <source>Create the sample organisation</source>
        <translation>Opret eksempelorganisationen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="86"/>
        <source>Import from CSV…</source>
        <translation>Importér fra CSV…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="87"/>
        <source>Import from CSV</source>
        <translation>Importér fra CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="88"/>
        <source>Import accounts from a spreadsheet saved as CSV; you see a preview before anything is written</source>
        <translation>Importér konti fra et regneark gemt som CSV; du ser en forhåndsvisning, før noget bliver skrevet</translation>
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
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>_FormPage</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="63"/>
        <source>Who is leaving, and when</source>
        <translation>Hvem fratræder, og hvornår</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="64"/>
        <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
        <translation>Tjeklisten laves ud fra de konti, personen er indehaver eller administrator af. Du ser den, før noget oprettes.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="71"/>
        <source>Optional: who takes over the roles</source>
        <translation>Valgfrit: hvem overtager rollerne</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="72"/>
        <source>Show their &amp;offboarding</source>
        <translation>Vis personens &amp;fratrædelsesforløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="73"/>
        <source>Show their offboarding</source>
        <translation>Vis personens fratrædelsesforløb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="79"/>
        <source>&amp;Person leaving</source>
        <translation>&amp;Person, der fratræder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="81"/>
        <source>&amp;Last working day</source>
        <translation>Sidste a&amp;rbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="82"/>
        <source>Last working day</source>
        <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="83"/>
        <source>Default s&amp;uccessor</source>
        <translation>&amp;Efterfølger</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="84"/>
        <source>The successor receives the leaver&apos;s owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
        <translation>Efterfølgeren får den fratrædendes ejer- og administratorroller, når et overdragelsespunkt krydses af. Du kan vælge eller skifte efterfølger senere.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="120"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret passer til »{text}«; vælg en person på listen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="123"/>
        <source>Choose the person who is leaving.</source>
        <translation>Vælg den person, der fratræder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="128"/>
        <source>The last working day is required.</source>
        <translation>Sidste arbejdsdag skal udfyldes.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="173"/>
        <source>The checklist</source>
        <translation>Tjeklisten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="178"/>
        <source>Checklist preview</source>
        <translation>Forhåndsvisning af tjeklisten</translation>
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
        <translation>Intet oprettes, før du trykker på Start fratrædelse. Når forløbet startes, registreres personen også som fratrædende.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="207"/>
        <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} fratræder {day}. {successor} overtager rollerne. Tjeklisten har {items} punkter på {accounts} konti.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="210"/>
        <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} fratræder {day}. Der er ikke valgt nogen efterfølger endnu: overdragelsespunkterne venter på en. Tjeklisten har {items} punkter på {accounts} konti.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="218"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="228"/>
        <source>{title} (ticking it moves the roles)</source>
        <translation>{title} (når punktet krydses af, flyttes rollerne)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="233"/>
        <source>{account} ({count})</source>
        <translation>{account} ({count})</translation>
    </message>
</context>
</TS>
