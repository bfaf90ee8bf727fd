<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="28"/>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="29"/>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="38"/>
        <source>Clear the field</source>
        <translation>Töm fältet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/accessibility.py" line="41"/>
        <source>Clear</source>
        <translation>Töm</translation>
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
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="69"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="70"/>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="71"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="73"/>
        <source>Official</source>
        <translation>Officiellt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="74"/>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="75"/>
        <source>Responsible unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="76"/>
        <source>Login email</source>
        <translation>E-post för inloggning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="77"/>
        <source>Two-factor method</source>
        <translation>Tvåfaktormetod</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="78"/>
        <source>Purpose and mandate</source>
        <translation>Syfte och mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="79"/>
        <source>Response expectations</source>
        <translation>Förväntningar på svar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="80"/>
        <source>Consent given on</source>
        <translation>Samtycke givet den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="81"/>
        <source>Consent withdrawn on</source>
        <translation>Samtycke återkallat den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="82"/>
        <source>Review interval (months)</source>
        <translation>Intervall för granskning (månader)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="83"/>
        <source>Last reviewed on</source>
        <translation>Senast granskat den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="84"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="85"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="86"/>
        <source>Login secret stored</source>
        <translation>Inloggning sparad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="87"/>
        <source>Secret last changed</source>
        <translation>Inloggning senast ändrad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="88"/>
        <source>Secret changed by</source>
        <translation>Inloggning ändrad av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="89"/>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="90"/>
        <source>Disposition</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="91"/>
        <source>Successor</source>
        <translation>Efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="92"/>
        <source>Followers, network and groups</source>
        <translation>Följare, nätverk och grupper</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="93"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="94"/>
        <source>Notice (days)</source>
        <translation>Varsel (dagar)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="95"/>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="96"/>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="97"/>
        <source>Agreed for the company by</source>
        <translation>Undertecknat för företaget av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="98"/>
        <source>Granted on</source>
        <translation>Tilldelad den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="99"/>
        <source>Revoked on</source>
        <translation>Återkallad den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="100"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="101"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="103"/>
        <source>Checklist item</source>
        <translation>Punkt i checklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="104"/>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="105"/>
        <source>Assigned function</source>
        <translation>Ansvarig funktion</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="106"/>
        <source>Due (business days from the last working day)</source>
        <translation>Förfaller (arbetsdagar från sista arbetsdag)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="107"/>
        <source>Due on</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="108"/>
        <source>Reason for waiving</source>
        <translation>Motivering för undantag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="109"/>
        <source>Done by</source>
        <translation>Utfört av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="110"/>
        <source>Done at</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="111"/>
        <source>Changes in the registry</source>
        <translation>Ändringar i registret</translation>
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
        <translation>person nr {number}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="176"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="179"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: ”{old}” → ”{new}”</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="187"/>
        <source>a role</source>
        <translation>en roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="191"/>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="192"/>
        <source>Registered the {platform} {presence} “{handle}”</source>
        <translation>Registrerade {platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="195"/>
        <source>Granted {role} to {person}</source>
        <translation>Gav {person} rollen {role}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="197"/>
        <source>Revoked {role} from {person}</source>
        <translation>Återkallade rollen {role} från {person}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="199"/>
        <source>Agreed handover terms, version {version}</source>
        <translation>Kom överens om överlämningsvillkor, version {version}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="202"/>
        <source>Changed the account</source>
        <translation>Ändrade kontot</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="204"/>
        <source>Archived the account</source>
        <translation>Arkiverade kontot</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="206"/>
        <source>Confirmed the record in a review</source>
        <translation>Bekräftade uppgifterna vid en granskning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="208"/>
        <source>Flagged the record for change in a review</source>
        <translation>Flaggade uppgifterna för ändring vid en granskning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="210"/>
        <source>Planned an offboarding checklist item</source>
        <translation>Planerade en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="211"/>
        <source>Ticked off an offboarding checklist item</source>
        <translation>Bockade av en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="212"/>
        <source>Waived an offboarding checklist item</source>
        <translation>Undantog en punkt i avslutschecklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="213"/>
        <source>Reopened an offboarding checklist item</source>
        <translation>Öppnade en punkt i avslutschecklistan igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="219"/>
        <source>{action} ({entity})</source>
        <translation>{action} ({entity})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="226"/>
        <source>login</source>
        <translation>inloggning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="228"/>
        <source>Stored the {field} in the keyring</source>
        <translation>Sparade {field} i nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="230"/>
        <source>Replaced the {field} in the keyring</source>
        <translation>Ersatte {field} i nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="232"/>
        <source>Deleted the {field} from the keyring</source>
        <translation>Tog bort {field} från nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="234"/>
        <source>Marked the login as rotated</source>
        <translation>Markerade inloggningen som bytt</translation>
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
        <translation>Inloggnings&amp;uppgifter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="291"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="292"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="293"/>
        <source>Revert</source>
        <translation>Ångra</translation>
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
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="312"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="345"/>
        <source>Granted on</source>
        <translation>Tilldelad den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="313"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Granted by</source>
        <translation>Tilldelad av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="313"/>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="356"/>
        <source>Active administrators</source>
        <translation>Aktiva administratörer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="316"/>
        <source>Revoke the selected role</source>
        <translation>Återkalla den valda rollen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="319"/>
        <source>Why the role ends, e.g. left the company, changed team</source>
        <translation>Varför rollen upphör, t.ex. har slutat, bytt team</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="321"/>
        <source>Re&amp;voke</source>
        <translation>Åter&amp;kalla</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="322"/>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="266"/>
        <source>Overvie&amp;w</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="267"/>
        <source>Adm&amp;inistrators</source>
        <translation>Administratö&amp;rer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="268"/>
        <source>Handover te&amp;rms</source>
        <translation>Överl&amp;ämningsvillkor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="269"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="324"/>
        <source>R&amp;eason</source>
        <translation>&amp;Motivering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="325"/>
        <source>Revoked o&amp;n</source>
        <translation>Återkallad &amp;den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="329"/>
        <source>Grant a role</source>
        <translation>Tilldela en roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="337"/>
        <source>&amp;Grant</source>
        <translation>&amp;Tilldela</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="338"/>
        <source>Grant</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="339"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="340"/>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;ll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="341"/>
        <source>Granted &amp;on</source>
        <translation>Tilldelad de&amp;n</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Revoked on</source>
        <translation>Återkallad den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="346"/>
        <source>Revoked by</source>
        <translation>Återkallad av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="347"/>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="347"/>
        <source>Grants and revocations</source>
        <translation>Tilldelningar och återkallelser</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="359"/>
        <source>Grants and revocations, newest first</source>
        <translation>Tilldelningar och återkallelser, nyaste först</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="367"/>
        <source>&amp;Edit terms…</source>
        <translation>Redigera &amp;villkor…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="368"/>
        <source>Edit terms</source>
        <translation>Redigera villkor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Disposition</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="370"/>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="371"/>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="371"/>
        <source>Agreed for the company by</source>
        <translation>Undertecknat för företaget av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="372"/>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="372"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="375"/>
        <source>Terms of the selected version</source>
        <translation>Villkoren i den valda versionen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="382"/>
        <source>All versions (select one to read it)</source>
        <translation>Alla versioner (välj en för att läsa den)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="390"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="391"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="412"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} ”{handle}”</translation>
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
        <translation>Gällande villkor (version {version}): {disposition}, överenskommet den {date}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="445"/>
        <source>No handover terms are agreed for this account yet.</source>
        <translation>Inga överlämningsvillkor är överenskomna för kontot ännu.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="542"/>
        <source>No one in the registry matches “{typed}”; choose a person from the list.</source>
        <translation>Ingen i registret matchar ”{typed}”; välj en person i listan.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="544"/>
        <source>Choose the person to grant the role to.</source>
        <translation>Välj personen som ska få rollen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="601"/>
        <source>{days} days</source>
        <translation>{days} dagar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="602"/>
        <source>Version {version}, recorded {when} by {who}</source>
        <translation>Version {version}, registrerad {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="605"/>
        <source>On departure: {disposition}</source>
        <translation>Vid avgång: {disposition}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="606"/>
        <source>Successor: {person}</source>
        <translation>Efterträdare: {person}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="608"/>
        <source>Notice: {notice}</source>
        <translation>Varsel: {notice}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="609"/>
        <source>Agreed on: {date}</source>
        <translation>Överenskommet den: {date}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="610"/>
        <source>Agreed by the holder: {answer}</source>
        <translation>Godkänt av innehavaren: {answer}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="611"/>
        <source>Agreed for the company by: {who}</source>
        <translation>Undertecknat för företaget av: {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="613"/>
        <source>Followers, network and groups:</source>
        <translation>Följare, nätverk och grupper:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="615"/>
        <source>Content:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="651"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="651"/>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Kontot har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="270"/>
        <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
        <translation>Klistra in adressen, t.ex. https://www.linkedin.com/company/acme</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="273"/>
        <source>Choose a platform</source>
        <translation>Välj en plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="282"/>
        <source>Kind: whose account is it?</source>
        <translation>Typ: vems konto är det?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="283"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="304"/>
        <source>Personal account</source>
        <translation>Personligt konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="308"/>
        <source>Official: made with the company&apos;s mandate</source>
        <translation>Officiellt: skapat med företagets mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="320"/>
        <source>blank = organisation default ({months})</source>
        <translation>tomt = organisationens standard ({months})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="322"/>
        <source>What the account is for, what may be said on it, to whom</source>
        <translation>Vad kontot används till, vad som får sägas där och till vem</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="324"/>
        <source>e.g. answer messages within one working day</source>
        <translation>t.ex. svara på meddelanden inom en arbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="330"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="335"/>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="336"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="337"/>
        <source>Pr&amp;esence</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="338"/>
        <source>&amp;Handle</source>
        <translation>Användar&amp;namn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="339"/>
        <source>&amp;Display name</source>
        <translation>&amp;Visningsnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="342"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="332"/>
        <source>Holder and care</source>
        <translation>Innehavare och skötsel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="344"/>
        <source>H&amp;older</source>
        <translation>&amp;Innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="345"/>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarig &amp;enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="346"/>
        <source>&amp;Login email</source>
        <translation>E-post för in&amp;loggning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="347"/>
        <source>&amp;Two-factor method</source>
        <translation>&amp;Tvåfaktormetod</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="349"/>
        <source>Re&amp;view interval (months)</source>
        <translation>Intervall för &amp;granskning (månader)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="350"/>
        <source>Purpose and &amp;mandate</source>
        <translation>Syfte och &amp;mandat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="351"/>
        <source>Response e&amp;xpectations</source>
        <translation>&amp;Förväntningar på svar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="353"/>
        <source>&amp;Notes</source>
        <translation>Antec&amp;kningar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="416"/>
        <source>Recognised: {platform} {presence} “{handle}”.</source>
        <translation>Identifierat: {platform}-{presence} ”{handle}”.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="441"/>
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="452"/>
        <source>Outside the company&apos;s domains ({domains}): this login could leave with the address&apos;s owner.</source>
        <translation>Utanför företagets domäner ({domains}): inloggningen kan försvinna med den som äger adressen.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="59"/>
        <source>Belongs to the company; whoever runs it does so for the company.</source>
        <translation>Tillhör företaget; den som sköter kontot gör det för företagets räkning.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="60"/>
        <source>The person is present as an employee of the company; the account stays with the company.</source>
        <translation>Personen syns som anställd på företaget; kontot stannar hos företaget.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="62"/>
        <source>Belongs to the holder; the employer can never take it over.</source>
        <translation>Tillhör innehavaren; arbetsgivaren kan aldrig ta över det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="63"/>
        <source>Flagged as a risk until someone settles whose it is.</source>
        <translation>Flaggas som en risk tills någon har rett ut vems det är.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="66"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="67"/>
        <source>Employee role</source>
        <translation>Medarbetarroll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="68"/>
        <source>Personal</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="69"/>
        <source>Not known yet</source>
        <translation>Inte känt än</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="71"/>
        <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
        <translation>Ett personligt konto tillhör sin innehavare. Arbetsgivaren kan aldrig ta över det, så dess överlämningsvillkor kan inte föra över det till en efterträdare eller till företaget.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="75"/>
        <source>Unknown</source>
        <translation>Okänd</translation>
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
        <translation>Säkerhetsnyckel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="79"/>
        <source>Passkey</source>
        <translation>Lösennyckel</translation>
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
        <translation>Överlämna till efterträdaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="85"/>
        <source>Transfer to the company</source>
        <translation>Överlämna till företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="86"/>
        <source>The holder keeps it</source>
        <translation>Innehavaren behåller det</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="87"/>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="88"/>
        <source>Close</source>
        <translation>Stäng</translation>
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
        <translation>Plattformen som kontot finns på</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="57"/>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="58"/>
        <source>The account&apos;s handle or address on its platform</source>
        <translation>Kontots användarnamn eller adress på plattformen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="59"/>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="60"/>
        <source>The name the account shows</source>
        <translation>Namnet som kontot visar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="61"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="62"/>
        <source>Whom the account belongs to: the company, an employee role, or a person</source>
        <translation>Vem kontot tillhör: företaget, en medarbetarroll eller en person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="64"/>
        <source>Presence</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="65"/>
        <source>Profile, page, group or channel</source>
        <translation>Profil, sida, grupp eller kanal</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="67"/>
        <source>Active, dormant, archived or closed</source>
        <translation>Aktiv, vilande, arkiverad eller stängd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="68"/>
        <source>Holder</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="69"/>
        <source>The person the account presents</source>
        <translation>Personen som kontot presenterar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="70"/>
        <source>Admins</source>
        <translation>Adm.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="71"/>
        <source>How many people hold an active role on the account</source>
        <translation>Hur många som har en aktiv roll på kontot</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="72"/>
        <source>Next review</source>
        <translation>Granskas</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="73"/>
        <source>When the account&apos;s record should next be confirmed</source>
        <translation>När uppgifterna om kontot ska bekräftas nästa gång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="74"/>
        <source>Risks</source>
        <translation>Risker</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="75"/>
        <source>What puts the account at risk, worst first</source>
        <translation>Vad som utsätter kontot för risk, det allvarligaste först</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="157"/>
        <source>Not known</source>
        <translation>Inte känd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="171"/>
        <source>{risk} ({severity}): {explanation}</source>
        <translation>{risk} ({severity}): {explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="377"/>
        <source>No risks found.</source>
        <translation>Inga risker hittades.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="379"/>
        <source>{platform} {presence}: {handle}</source>
        <translation>{platform}-{presence}: {handle}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/accounts_model.py" line="382"/>
        <source>Nobody holds an active role.</source>
        <translation>Ingen har en aktiv roll.</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="102"/>
        <source>Handle, display name, holder, administrator name or email</source>
        <translation>Användarnamn, visningsnamn, innehavare, administratörens namn eller e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="104"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="106"/>
        <source>All platforms</source>
        <translation>Alla plattformar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="109"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="111"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="115"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="117"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="120"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="121"/>
        <source>Only at &amp;risk</source>
        <translation>Endast med &amp;risk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="122"/>
        <source>Only at risk</source>
        <translation>Endast med risk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="125"/>
        <source>Risks are not computed in this version.</source>
        <translation>Risker beräknas inte i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="138"/>
        <source>Register account…</source>
        <translation>Registrera konto…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="139"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="255"/>
        <source>Register account</source>
        <translation>Registrera konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="140"/>
        <source>Register a new account (Ctrl+N)</source>
        <translation>Registrera ett nytt konto (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="141"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="142"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="264"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="143"/>
        <source>Open the selected account (Enter or double-click)</source>
        <translation>Öppna det valda kontot (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="144"/>
        <source>Archive…</source>
        <translation>Arkivera…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="145"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="266"/>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="146"/>
        <source>Archive the selected account, keeping its record and history (Delete)</source>
        <translation>Arkivera det valda kontot; uppgifterna och historiken behålls (Delete)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="148"/>
        <source>Mark re&amp;viewed…</source>
        <translation>Bekräfta &amp;granskning…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="149"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="261"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="537"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="547"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="568"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="575"/>
        <source>Mark reviewed</source>
        <translation>Bekräfta granskning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="150"/>
        <source>Confirm that the selected accounts&apos; records are true today (Ctrl+Shift+M)</source>
        <translation>Bekräfta att uppgifterna om de valda kontona stämmer i dag (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="152"/>
        <source>Review r&amp;ound…</source>
        <translation>Gransknings&amp;omgång…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="153"/>
        <source>Review round</source>
        <translation>Granskningsomgång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="154"/>
        <source>Go through every account due for review, by holder or unit</source>
        <translation>Gå igenom alla konton som ska granskas, per innehavare eller enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="155"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="156"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="157"/>
        <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
        <translation>Importera konton från ett kalkylark (CSV), med förhandsgranskning först (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="159"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="160"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="161"/>
        <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
        <translation>Exportera ägarrapporten för de visade kontona till ett kalkylark (CSV) (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="163"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="314"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="503"/>
        <source>Loading accounts…</source>
        <translation>Läser in konton…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="164"/>
        <source>Accounts shown</source>
        <translation>Visade konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="178"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="520"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="253"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="257"/>
        <source>Export the ownership report</source>
        <translation>Exportera ägarrapporten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="259"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="482"/>
        <source>Import accounts</source>
        <translation>Importera konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="319"/>
        <source>{total} account</source>
        <translation>{total} konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="319"/>
        <source>{total} accounts</source>
        <translation>{total} konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="321"/>
        <source>Showing {shown} of {total} account</source>
        <translation>Visar {shown} av {total} konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="322"/>
        <source>Showing {shown} of {total} accounts</source>
        <translation>Visar {shown} av {total} konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="409"/>
        <source>{platform} {presence} “{handle}” ({display_name})</source>
        <translation>{platform}-{presence} ”{handle}” ({display_name})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="413"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} ”{handle}”</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="416"/>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="425"/>
        <source>Archive account</source>
        <translation>Arkivera konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="417"/>
        <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
        <translation>Vill du arkivera {name}?

Kontot finns kvar i registret med sina administratörer, överlämningsvillkor och sin historik; det granskas och flaggas inte längre.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="483"/>
        <source>Spreadsheets as text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Kalkylark som text (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="520"/>
        <source>The accounts could not be read again: {reason}</source>
        <translation>Kontona kunde inte läsas in igen: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="538"/>
        <source>Archived and closed accounts are not reviewed.</source>
        <translation>Arkiverade och stängda konton granskas inte.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="545"/>
        <source>Marking {count} accounts reviewed…</source>
        <translation>Bekräftar granskning av {count} konton…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="546"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/accounts_view.py" line="569"/>
        <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
        <translation>{done} av {total} konton markerades som granskade; sedan: {reason}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="95"/>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.

The details were also written to {path}.</source>
        <translation>Något gick fel som Account Registry inte hade förväntat sig. Det du har sparat tidigare är i säkerhet; den senaste åtgärden kanske inte slutfördes.

Detaljerna har också skrivits till {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="100"/>
        <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
        <translation>Något gick fel som Account Registry inte hade förväntat sig. Det du har sparat tidigare är i säkerhet; den senaste åtgärden kanske inte slutfördes.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/app.py" line="116"/>
        <source>The registry could not be opened.

{error}</source>
        <translation>Registret kunde inte öppnas.

{error}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="93"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}, then remove {leaver}</source>
        <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor} och ta sedan bort {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="96"/>
        <source>Remove {leaver}&apos;s {role} access to {account}</source>
        <translation>Ta bort behörigheten som {role} till {account} för {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="98"/>
        <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
        <translation>Byt lösenordet till {account} när {leaver} har slutat, och spara det nya i nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="101"/>
        <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}&apos;s</source>
        <translation>Byt inloggnings- och återställningsadressen för {account} från {leaver_email} till en brevlåda i företaget, och även återställningstelefonen om den tillhör {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="104"/>
        <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
        <translation>Flytta tvåfaktorenheten för {account} från {leaver} till {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="106"/>
        <source>Find out whether the two-factor login of {account} depends on {leaver}&apos;s phone or key</source>
        <translation>Ta reda på om tvåfaktorsinloggningen till {account} är beroende av en telefon eller nyckel som {leaver} har</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="109"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}: it was made in the company&apos;s name, so it and its members stay with the company</source>
        <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor}: det skapades i företagets namn, så det och dess medlemmar stannar hos företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="112"/>
        <source>Decide whether {account}, made by {leaver} in the company&apos;s name, becomes an official company account or is closed</source>
        <translation>Besluta om {account}, som {leaver} skapade i företagets namn, ska bli ett officiellt företagskonto eller stängas</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="115"/>
        <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
        <translation>Kom överens med {leaver} om vad som ska hända med {account} (överlämnas, arkiveras eller stängas); inga överlämningsvillkor är registrerade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="118"/>
        <source>Transfer {account} to {successor} and rename it to {successor}&apos;s name, as agreed</source>
        <translation>Överlämna {account} till {successor} och byt namn på det till {successor}, enligt överenskommelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="121"/>
        <source>Turn {account} into a company account, as agreed, and hand {leaver}&apos;s {role} role to {successor}</source>
        <translation>Gör om {account} till ett företagskonto enligt överenskommelse, och lämna över rollen som {role} från {leaver} till {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="124"/>
        <source>Archive {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Arkivera {account} enligt överenskommelse och ta bort rollen som {role} för {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="126"/>
        <source>Close {account} as agreed, and remove {leaver}&apos;s {role} role</source>
        <translation>Stäng {account} enligt överenskommelse och ta bort rollen som {role} för {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="128"/>
        <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}&apos;s {role} role in the registry</source>
        <translation>{leaver} behåller {account} enligt överenskommelse: byt namn på det så att det inte längre talar för företaget, och ta bort rollen som {role} för {leaver} i registret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="131"/>
        <source>Update the bio of {account}: {leaver} no longer works for the company</source>
        <translation>Uppdatera presentationen på {account}: {leaver} arbetar inte längre på företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="133"/>
        <source>Hand {leaver}&apos;s {role} role on {account} to {successor}</source>
        <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="135"/>
        <source>Update the title and employer on {account} (it stays {leaver}&apos;s own profile)</source>
        <translation>Uppdatera titel och arbetsgivare på {account} (profilen tillhör fortfarande {leaver} själv)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="138"/>
        <source>Step down, from {account}, as administrator of the company&apos;s pages and groups</source>
        <translation>Lämna rollen som administratör för företagets sidor och grupper från {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="141"/>
        <source>Record that {leaver}&apos;s ambassador consent for {account} ends on the last working day</source>
        <translation>Registrera att samtycket från {leaver} att vara ambassadör med {account} upphör den sista arbetsdagen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="144"/>
        <source>Remove {leaver}&apos;s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
        <translation>Ta bort rollen som {role} på {account} för {leaver} ur registret: företaget förvaltar det inte längre, och profilen stannar hos sin innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="147"/>
        <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
        <translation>Radera den sparade inloggningen till {account} från nyckelringen: det är en personlig profil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="150"/>
        <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
        <translation>Ta reda på vems konto {account} är och registrera dess typ innan {leaver} slutar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="153"/>
        <source>Remove {leaver}&apos;s {role} role on {account} once it is settled whose account it is</source>
        <translation>Ta bort rollen som {role} på {account} för {leaver} när det är utrett vems kontot är</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="156"/>
        <source>Remove {leaver}&apos;s {role} role on {account}, which is no longer in use</source>
        <translation>Ta bort rollen som {role} på {account} för {leaver}; kontot används inte längre</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="158"/>
        <source>Confirm that no company account still logs in or recovers its password with {leaver}&apos;s mailbox {leaver_email}</source>
        <translation>Bekräfta att inget av företagets konton längre loggar in eller återställer lösenordet med brevlådan {leaver_email} som tillhör {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="161"/>
        <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
        <translation>Samla in underskrifter från {leaver} och företaget på överlämningsbekräftelsen</translation>
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
        <translation>ägare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="172"/>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="174"/>
        <source>editor</source>
        <translation>redaktör</translation>
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
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="182"/>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="184"/>
        <source>transfer to successor</source>
        <translation>överlämning till efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="186"/>
        <source>transfer to company</source>
        <translation>överlämning till företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="188"/>
        <source>holder keeps</source>
        <translation>innehavaren behåller det</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="190"/>
        <source>archive</source>
        <translation>arkivering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="192"/>
        <source>close</source>
        <translation>stängning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="194"/>
        <source>none agreed</source>
        <translation>inget överenskommet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="196"/>
        <source>(no work email recorded)</source>
        <translation>(ingen e-postadress på jobbet registrerad)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="198"/>
        <source>the successor</source>
        <translation>efterträdaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="200"/>
        <source>{name} (leaver)</source>
        <translation>{name} (slutar)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="202"/>
        <source>{name} (successor)</source>
        <translation>{name} (efterträdare)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="204"/>
        <source>Successor (not chosen yet)</source>
        <translation>Efterträdare (inte vald än)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="206"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="208"/>
        <source>page</source>
        <translation>sida</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="210"/>
        <source>group</source>
        <translation>grupp</translation>
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
        <translation>Inga sparade inloggningar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="432"/>
        <source>Logins kept in the keyring</source>
        <translation>Inloggningar i nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="453"/>
        <source>Rotation</source>
        <translation>Byte av inloggning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="457"/>
        <source>&amp;Mark rotated</source>
        <translation>&amp;Markera som bytt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="458"/>
        <source>Mark rotated</source>
        <translation>Markera som bytt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="460"/>
        <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
        <translation>När inloggningen har ändrats på plattformen sparar du den nya med Ersätt…, eller markerar den som bytt om den nya förvaras någon annanstans. I båda fallen noterar registret vem som gjorde det och när.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="477"/>
        <source>Waiting for the keyring</source>
        <translation>Väntar på nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="478"/>
        <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
        <translation>Väntar på nyckelringen… Om den ber dig låsa upp den, svara på det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="480"/>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Sluta vänta</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="481"/>
        <source>Stop waiting</source>
        <translation>Sluta vänta</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="482"/>
        <source>Stop waiting for this answer; the keyring may still finish it.</source>
        <translation>Sluta vänta på det här svaret; nyckelringen kan fortfarande slutföra det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="496"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="520"/>
        <source>Keyring problem</source>
        <translation>Problem med nyckelringen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="534"/>
        <source>Check a&amp;gain</source>
        <translation>Kontrollera i&amp;gen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="535"/>
        <source>Check the keyring again</source>
        <translation>Kontrollera nyckelringen igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="578"/>
        <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
        <translation>Det här är ett personligt konto: inloggningen tillhör innehavaren och registret sparar den inte. Här finns därför inget att göra.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="582"/>
        <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
        <translation>Ange under Översikt om det här är ett företags-, medarbetarroll- eller personligt konto; inloggningar sparas bara för företags- och medarbetarrollkonton.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="593"/>
        <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
        <translation>{reason} Resten av registret fungerar som vanligt; inloggningar sparas aldrig någon annanstans i stället.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="597"/>
        <source>Logins of this account are kept in the operating system&apos;s keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontots inloggningar förvaras i operativsystemets nyckelring ({backend}). Registret noterar bara att en är sparad, och när och av vem den senast ändrades.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="601"/>
        <source>Logins of this account are kept in the operating system&apos;s keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
        <translation>Kontots inloggningar förvaras i operativsystemets nyckelring. Registret noterar bara att en är sparad, och när och av vem den senast ändrades.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="608"/>
        <source>Checking the keyring…</source>
        <translation>Kontrollerar nyckelringen…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="612"/>
        <source>Wait for the keyring to answer.</source>
        <translation>Vänta tills nyckelringen svarar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="620"/>
        <source>Replace…</source>
        <translation>Ersätt…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="620"/>
        <source>Set…</source>
        <translation>Ange…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="621"/>
        <source>Replace {field}</source>
        <translation>Ersätt {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="622"/>
        <source>Set {field}</source>
        <translation>Ange {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="627"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="340"/>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="627"/>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="67"/>
        <source>Login password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="68"/>
        <source>Recovery codes</source>
        <translation>Återställningskoder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="69"/>
        <source>Two-factor notes</source>
        <translation>Anteckningar om tvåfaktor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="84"/>
        <source>The keyring failed; try again.</source>
        <translation>Nyckelringen misslyckades; försök igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="85"/>
        <source>The keyring is locked, or its unlock prompt was dismissed; unlock it (for example in your keyring application, or by logging in again) and try again.</source>
        <translation>Nyckelringen är låst, eller så avvisades begäran om upplåsning; lås upp den (till exempel i ditt nyckelringsprogram eller genom att logga in igen) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="88"/>
        <source>The keyring did not answer in time; check whether it is showing an unlock prompt, or restart it, and try again.</source>
        <translation>Nyckelringen svarade inte i tid; kontrollera om den ber dig låsa upp den, eller starta om den, och försök igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="90"/>
        <source>No keyring is available on this computer; install and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Det finns ingen nyckelring på den här datorn; installera och lås upp en Secret Service, till exempel GNOME-nyckelring eller KWallet, och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="92"/>
        <source>No keyring is available on this computer; check that the operating system&apos;s credential store works, then try again.</source>
        <translation>Det finns ingen nyckelring på den här datorn; kontrollera att operativsystemets lagring av inloggningsuppgifter fungerar och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="94"/>
        <source>Keyring storage is switched off (the null keyring is configured); choose the operating system&apos;s keyring in keyringrc.cfg or PYTHON_KEYRING_BACKEND to store logins.</source>
        <translation>Lagring i nyckelring är avstängd (null-nyckelringen är vald); välj operativsystemets nyckelring i keyringrc.cfg eller PYTHON_KEYRING_BACKEND för att spara inloggningar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="97"/>
        <source>The configured keyring keeps secrets in a file of its own, not in the operating system&apos;s keyring; configure GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager instead.</source>
        <translation>Den valda nyckelringen sparar hemligheter i en egen fil, inte i operativsystemets nyckelring; välj i stället GNOME-nyckelring, KWallet, macOS-nyckelringen eller Windows Autentiseringshanteraren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="100"/>
        <source>The keyring has no usable default collection; open your keyring application (such as Seahorse or KWallet Manager), create or unlock the default keyring, and try again.</source>
        <translation>Nyckelringen har ingen användbar standardsamling; öppna ditt nyckelringsprogram (till exempel Seahorse eller KWallet Manager), skapa eller lås upp standardnyckelringen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="103"/>
        <source>A personal account&apos;s login belongs to its holder; the registry does not store it.</source>
        <translation>Ett personligt kontos inloggning tillhör innehavaren; registret sparar den inte.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="156"/>
        <source>Something unexpected went wrong ({name}); nothing was shown or changed in the keyring by this window.</source>
        <translation>Ett oväntat fel inträffade ({name}); det här fönstret har inte visat eller ändrat något i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="341"/>
        <source>Reveal {field}</source>
        <translation>Visa {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="342"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="343"/>
        <source>Copy {field}</source>
        <translation>Kopiera {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="344"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="353"/>
        <source>{field}, revealed</source>
        <translation>{field}, visas</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="629"/>
        <source>Type the {field} to store it in the keyring.</source>
        <translation>Skriv in {field} och spara i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="630"/>
        <source>Show the {field} for {seconds} seconds.</source>
        <translation>Visa {field} i {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="631"/>
        <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
        <translation>Kopiera {field}; urklippet töms igen efter {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="633"/>
        <source>Remove the {field} from the keyring.</source>
        <translation>Ta bort {field} från nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="636"/>
        <source>Hide the {field} now.</source>
        <translation>Dölj {field} nu.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="643"/>
        <source>No {field} is stored yet.</source>
        <translation>Inte sparat än: {field}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="651"/>
        <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
        <translation>Senast sparad, ersatt eller markerad som bytt {when} av {who}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="652"/>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="654"/>
        <source>No login is stored for this account.</source>
        <translation>Ingen inloggning är sparad för det här kontot.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="657"/>
        <source>Record that the login was changed at the platform, by you, now.</source>
        <translation>Registrera att du har ändrat inloggningen på plattformen nu.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="658"/>
        <source>Store a login first; then its rotation can be recorded.</source>
        <translation>Spara en inloggning först; sedan kan bytet registreras.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="662"/>
        <source>The keyring is locked</source>
        <translation>Nyckelringen är låst</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="664"/>
        <source>The keyring does not answer</source>
        <translation>Nyckelringen svarar inte</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="666"/>
        <source>No keyring to store logins in</source>
        <translation>Ingen nyckelring att spara inloggningar i</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="667"/>
        <source>The keyring failed</source>
        <translation>Nyckelringen misslyckades</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="671"/>
        <source>Not stored</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="673"/>
        <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
        <translation>Registrerad som sparad, men nyckelringen har den inte: ange den igen med Ersätt…, eller ta bort registreringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="677"/>
        <source>Stored</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="678"/>
        <source>Stored; set on {when} by {who}</source>
        <translation>Sparad; angiven {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="731"/>
        <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
        <translation>Slutade vänta på nyckelringen. Om den svarar senare uppdateras listan ovan.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="763"/>
        <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
        <translation>Nyckelringen saknar {field} för det här kontot, fast registret anger att det är sparat. Ange det igen med Ersätt…, eller ta bort registreringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="784"/>
        <source>Hidden again after {seconds} s.</source>
        <translation>Döljs igen efter {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="790"/>
        <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
        <translation>Kopierade {field}. Urklippet töms igen efter {seconds} s om det fortfarande innehåller det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="795"/>
        <source>Stored the {field} in the keyring.</source>
        <translation>Sparade {field} i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="800"/>
        <source>Deleted the {field} from the keyring.</source>
        <translation>Tog bort {field} från nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="345"/>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="859"/>
        <source>Delete {field}</source>
        <translation>Ta bort {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="860"/>
        <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
        <translation>Vill du ta bort {field} från nyckelringen? Det kan inte återställas; registret sparar bara att det togs bort.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="881"/>
        <source>Recorded that the login was rotated.</source>
        <translation>Registrerade att inloggningen har bytts.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="37"/>
        <source>The company&apos;s own pages, groups and channels.</source>
        <translation>Företagets egna sidor, grupper och kanaler.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="38"/>
        <source>Accounts in which an employee is visibly present for the company.</source>
        <translation>Konton där en anställd syns för företagets räkning.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="40"/>
        <source>People&apos;s own profiles; the company can never take them over.</source>
        <translation>Personers egna profiler; företaget kan aldrig ta över dem.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="42"/>
        <source>Nobody has recorded whose account it is yet.</source>
        <translation>Ingen har ännu registrerat vems kontot är.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="113"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="120"/>
        <source>Accounts looked after, by kind</source>
        <translation>Förvaltade konton per typ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="125"/>
        <source>{kind} accounts</source>
        <translation>Konton av typen {kind}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="137"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="138"/>
        <source>Show all accounts</source>
        <translation>Visa alla konton</translation>
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
        <translation>personer är registrerade: anställda, personer som slutar och externa medhjälpare som innehar eller administrerar konton.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="153"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="157"/>
        <source>Accounts at risk</source>
        <translation>Konton i riskzonen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="160"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="161"/>
        <source>Show accounts at risk</source>
        <translation>Visa konton i riskzonen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="211"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="212"/>
        <source>Counting the registry…</source>
        <translation>Räknar igenom registret…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="218"/>
        <source>Your organisation</source>
        <translation>Din organisation</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="228"/>
        <source>{looked_after} of {accounts} registered accounts are looked after; {retired} archived or closed are not counted.</source>
        <translation>{looked_after} av {accounts} registrerade konton förvaltas; {retired} arkiverade eller stängda räknas inte.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="231"/>
        <source>{looked_after} of {accounts} registered accounts are looked after.</source>
        <translation>{looked_after} av {accounts} registrerade konton förvaltas.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="239"/>
        <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
        <translation>&lt;b&gt;{at_risk}&lt;/b&gt; av {looked_after} förvaltade konton är i riskzonen. Håll muspekaren över en stapel, eller gå till den med piltangenterna, för att se vad risken innebär och vad du kan göra.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="243"/>
        <source>No account looked after is at risk.</source>
        <translation>Inget förvaltat konto är i riskzonen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="244"/>
        <source>Nothing to assess yet.</source>
        <translation>Inget att bedöma än.</translation>
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
        <translation>i morgon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="43"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="45"/>
        <source>in {days} days</source>
        <translation>om {days} dagar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="47"/>
        <source>{days} days ago</source>
        <translation>för {days} dagar sedan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="48"/>
        <source>{date} ({when})</source>
        <translation>{date} ({when})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="56"/>
        <source>“{text}” is not a date that exists ({example}).</source>
        <translation>”{text}” är inte ett datum som finns ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="58"/>
        <source>“{text}” has a two-digit year; write the year in full ({example}).</source>
        <translation>”{text}” har ett tvåsiffrigt årtal; skriv hela årtalet ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="61"/>
        <source>“{text}” could be {one} or {other}; write it as {first} or {second}.</source>
        <translation>”{text}” kan vara {one} eller {other}; skriv det som {first} eller {second}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="63"/>
        <source>“{text}” is not a date ({example}).</source>
        <translation>”{text}” är inte ett datum ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="65"/>
        <source>“{text}” is not a complete date ({example}).</source>
        <translation>”{text}” är inte ett fullständigt datum ({example}).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="73"/>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="88"/>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="106"/>
        <source>for example 31.12.2026 or 2026-12-31</source>
        <translation>t.ex. 2026-12-31 eller 31.12.2026</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="110"/>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="111"/>
        <source>Choose the date from a calendar (Alt+Down in the field)</source>
        <translation>Välj datumet i en kalender (Alt+Nedpil i fältet)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/date_field.py" line="112"/>
        <source>Choose from a calendar</source>
        <translation>Välj i en kalender</translation>
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
        <translation>Överlämnat till efterträdaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="30"/>
        <source>Transferred to the company</source>
        <translation>Överlämnat till företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="31"/>
        <source>The holder keeps it</source>
        <translation>Innehavaren behåller det</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="32"/>
        <source>Archived</source>
        <translation>Arkiverat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="33"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="36"/>
        <source>Company account</source>
        <translation>Företagskonto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="37"/>
        <source>Employee-role account</source>
        <translation>Konto i medarbetarroll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="38"/>
        <source>Personal account</source>
        <translation>Personligt konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="39"/>
        <source>Kind not recorded</source>
        <translation>Typ inte registrerad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="42"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="43"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="44"/>
        <source>Waived</source>
        <translation>Undantagen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="47"/>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="48"/>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="49"/>
        <source>cancelled</source>
        <translation>avbrutet</translation>
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
        <translation>Skäl: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="105"/>
        <location filename="../../accountregistry/gui/documents.py" line="153"/>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="114"/>
        <source>Offboarding of {leaver}</source>
        <translation>Avslut för {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="115"/>
        <source>not chosen yet</source>
        <translation>inte vald än</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="118"/>
        <location filename="../../accountregistry/gui/documents.py" line="226"/>
        <source>Last working day: {day}</source>
        <translation>Sista arbetsdag: {day}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="119"/>
        <location filename="../../accountregistry/gui/documents.py" line="228"/>
        <source>Successor: {name}</source>
        <translation>Efterträdare: {name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="120"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="121"/>
        <source>{settled} of {total} items settled</source>
        <translation>{settled} av {total} punkter avklarade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="126"/>
        <source>Printed on {day}</source>
        <translation>Utskrivet {day}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="129"/>
        <source>What stands in the way</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="134"/>
        <location filename="../../accountregistry/gui/documents.py" line="276"/>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="135"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="135"/>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
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
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="146"/>
        <source>Open, overdue</source>
        <translation>Öppen, försenad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="158"/>
        <source>This offboarding has no items.</source>
        <translation>Det här avslutet har inga punkter.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="168"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="169"/>
        <source>– still the leaver</source>
        <translation>– fortfarande den som slutar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="172"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="181"/>
        <source>No checklist item</source>
        <translation>Ingen punkt på checklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="187"/>
        <source>No handover terms agreed</source>
        <translation>Inga överlämningsvillkor överenskomna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="190"/>
        <source>{outcome} (agreed {day})</source>
        <translation>{outcome} (överenskommet {day})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="199"/>
        <source>The company</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="200"/>
        <source>Nobody recorded</source>
        <translation>Ingen registrerad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="206"/>
        <source>No: the leaver is still {roles}</source>
        <translation>Nej: den som slutar är fortfarande {roles}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="209"/>
        <source>No: 1 item open</source>
        <translation>Nej: 1 punkt öppen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="211"/>
        <source>No: {count} items open</source>
        <translation>Nej: {count} punkter öppna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="212"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="222"/>
        <source>not chosen</source>
        <translation>inte vald</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="223"/>
        <source>Leaver: {who}</source>
        <translation>Avgående: {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="225"/>
        <source>Position: {role}</source>
        <translation>Befattning: {role}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="229"/>
        <source>Offboarding {number}: {status}</source>
        <translation>Avslut {number}: {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="232"/>
        <source>Closed on {when} by {who}</source>
        <translation>Stängt {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="239"/>
        <source>Handover confirmation</source>
        <translation>Överlämningsbekräftelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="241"/>
        <source>the company</source>
        <translation>företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="242"/>
        <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company&apos;s pages, groups and accounts stay with the company; personal profiles remain their holder&apos;s own.</source>
        <translation>Denna bekräftelse visar vad som har hänt med varje konto i sociala medier som {leaver} innehade eller administrerade för {organisation}. Företagets sidor, grupper och konton stannar hos företaget; personliga profiler förblir innehavarens egna.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="250"/>
        <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
        <translation>Allt är inte avklarat än ({count} konton är fortfarande öppna). Skriv under när alla konton är avklarade.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="255"/>
        <source>Accounts ({count})</source>
        <translation>Konton ({count})</translation>
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
        <translation>Överenskommet utfall</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="257"/>
        <source>Settled</source>
        <translation>Avklarat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="263"/>
        <source>The leaver held or administered no account.</source>
        <translation>Den som slutar varken innehade eller administrerade något konto.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="271"/>
        <source>{kind}, {status}</source>
        <translation>{kind}, {status}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="272"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="274"/>
        <source>Held by now</source>
        <translation>Innehavare nu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="275"/>
        <source>Administered by now</source>
        <translation>Administratörer nu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="286"/>
        <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
        <translation>Överlämningsbekräftelse för {leaver}, avslut {number}, sista arbetsdag {day}: {count} konton.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="296"/>
        <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company&apos;s accounts.</source>
        <translation>Genom sina underskrifter bekräftar båda parter att de konton som finns med i denna bekräftelse är avklarade enligt beskrivningen och att den som slutar inte längre har åtkomst till företagets konton.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="299"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="299"/>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="300"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="301"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="302"/>
        <source>Leaver</source>
        <translation>Den som slutar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="303"/>
        <source>For the company (HR)</source>
        <translation>För företaget (HR)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="353"/>
        <source>{path} is a folder; give the path of a PDF file.</source>
        <translation>{path} är en mapp; ange sökvägen till en PDF-fil.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="356"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="361"/>
        <location filename="../../accountregistry/gui/documents.py" line="380"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan inte skriva {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/documents.py" line="376"/>
        <source>Cannot write {path}: the PDF could not be made.</source>
        <translation>Kan inte skriva {path}: PDF-filen kunde inte skapas.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="87"/>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="199"/>
        <source>Export the ownership report</source>
        <translation>Exportera ägarrapporten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="89"/>
        <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back.</source>
        <translation>En rad per konto, med innehavare, administratörer, inloggning, tvåfaktorinloggning, överlämningsvillkor, granskningsdatum och risker. Excel och LibreOffice kan öppna den, och Importera kan läsa in den igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="95"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="96"/>
        <source>The file to write; type a name or choose one</source>
        <translation>Filen som ska skrivas; skriv ett namn eller välj en</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="98"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="99"/>
        <source>Choose the file</source>
        <translation>Välj filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="100"/>
        <source>Choose the file in a file dialog</source>
        <translation>Välj filen i en fildialog</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="108"/>
        <source>Problem with the file</source>
        <translation>Problem med filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="111"/>
        <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
        <translation>Semikolon ( ; ) för svenska, danska, norska och större delen av Europa</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="112"/>
        <source>Comma ( , ) for English</source>
        <translation>Komma ( , ) för engelska</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="113"/>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="115"/>
        <source>Delimiter</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="116"/>
        <source>The character between cells. The spreadsheet on this computer expects the one chosen first.</source>
        <translation>Tecknet mellan cellerna. Kalkylprogrammet på den här datorn förväntar sig det som är valt från början.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="120"/>
        <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
        <translation>Endast de &amp;visade kontona (aktuella filter: {count} konton)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="122"/>
        <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
        <translation>De &amp;visade kontona ({count} konton; inget filter är valt)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="124"/>
        <source>Only the accounts shown</source>
        <translation>Endast de visade kontona</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="125"/>
        <source>&amp;All accounts ({count})</source>
        <translation>Alla &amp;konton ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="127"/>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="138"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="142"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="145"/>
        <source>Accounts:</source>
        <translation>Konton:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="148"/>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="153"/>
        <source>Export status</source>
        <translation>Exportens status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="164"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="165"/>
        <source>Export</source>
        <translation>Exportera</translation>
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
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="205"/>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="206"/>
        <source>{path} exists already. Replace it with the new report?</source>
        <translation>{path} finns redan. Vill du ersätta den med den nya rapporten?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="245"/>
        <source>Give the name of the file to write the report to.</source>
        <translation>Ange namnet på filen som rapporten ska skrivas till.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="252"/>
        <source>Reading {count} accounts…</source>
        <translation>Läser {count} konton…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="268"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="279"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="287"/>
        <source>Writing {done} of {total} accounts…</source>
        <translation>Skriver {done} av {total} konton…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="296"/>
        <source>Exported {count} account to {path}.</source>
        <translation>Exporterade {count} konto till {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="297"/>
        <source>Exported {count} accounts to {path}.</source>
        <translation>Exporterade {count} konton till {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="303"/>
        <source>Not exported. {reason}</source>
        <translation>Inte exporterad. {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="305"/>
        <source>The export failed unexpectedly; no file was written.</source>
        <translation>Exporten misslyckades oväntat; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/export_report.py" line="310"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
</context>
<context>
    <name>HandoverTermsDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="51"/>
        <source>Handover terms: {platform} {handle}</source>
        <translation>Överlämningsvillkor: {platform} {handle}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="54"/>
        <source>{platform} {presence} “{handle}”</source>
        <translation>{platform}-{presence} ”{handle}”</translation>
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
        <translation>Vad som händer med följare, nätverket och grupper som byggts upp för företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="75"/>
        <source>What happens to posts, messages and media</source>
        <translation>Vad som händer med inlägg, meddelanden och media</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="77"/>
        <source>blank = none agreed</source>
        <translation>tomt = inget överenskommet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="79"/>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="82"/>
        <source>Name of who signed for the company</source>
        <translation>Namn på den som skrev under för företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="86"/>
        <source>&amp;Disposition</source>
        <translation>&amp;Vid avgång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="87"/>
        <source>&amp;Successor</source>
        <translation>&amp;Efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="88"/>
        <source>&amp;Followers, network and groups</source>
        <translation>&amp;Följare, nätverk och grupper</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="89"/>
        <source>&amp;Content</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="90"/>
        <source>&amp;Notice (days)</source>
        <translation>Var&amp;sel (dagar)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="91"/>
        <source>A&amp;greed on</source>
        <translation>Överenskommet &amp;den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="93"/>
        <source>Agreed for the company &amp;by</source>
        <translation>&amp;Undertecknat för företaget av</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="100"/>
        <source>Save as new version</source>
        <translation>Spara som ny version</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="184"/>
        <source>Import accounts from {name}</source>
        <translation>Importera konton från {name}</translation>
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
        <translation>Importens meddelande</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="208"/>
        <source>Notes about the file</source>
        <translation>Anmärkningar om filen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="212"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="214"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="223"/>
        <source>Rows of the file</source>
        <translation>Filens rader</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="244"/>
        <source>The chosen row</source>
        <translation>Den valda raden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="249"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="253"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="254"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="255"/>
        <source>Import only the &amp;valid rows…</source>
        <translation>Importera endast de &amp;giltiga raderna…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="257"/>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="293"/>
        <source>Import only the valid rows</source>
        <translation>Importera endast de giltiga raderna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="258"/>
        <source>Leave out the rows in error and import the others</source>
        <translation>Hoppa över raderna med fel och importera resten</translation>
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
        <translation>Kontrollerar {path}…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="294"/>
        <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
        <translation>Vill du importera {importing} rader och hoppa över de {skipped} raderna med fel? Raderna som hoppas över importeras inte; rätta dem i filen och importera den igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="307"/>
        <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
        <translation>{name}: {rows} rader. Inget skrivs förrän du trycker på Importera.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="311"/>
        <source>{action}: {count}</source>
        <translation>{action}: {count}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="317"/>
        <source>All rows ({count})</source>
        <translation>Alla rader ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="319"/>
        <source>{action} ({count})</source>
        <translation>{action} ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="326"/>
        <source>Columns this registry does not know are left out: {columns}.</source>
        <translation>Kolumner som registret inte känner till hoppas över: {columns}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="329"/>
        <source>Columns the registry computes itself are not read: {columns}.</source>
        <translation>Kolumner som registret själv beräknar läses inte: {columns}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="332"/>
        <source>{count} people not yet in the registry will be added.</source>
        <translation>{count} personer som ännu inte finns i registret läggs till.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="340"/>
        <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
        <translation>{count} rader kan inte importeras; den första är rad {line}: {reason} Rätta filen och kontrollera den igen, eller importera endast de giltiga raderna.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="344"/>
        <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
        <translation>Inget att importera: alla konton i filen finns redan i registret så som filen anger dem.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="370"/>
        <source>Line {line}: {action}, {account}. {details}</source>
        <translation>Rad {line}: {action}, {account}. {details}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="371"/>
        <source>Line {line}: {action}, {account}.</source>
        <translation>Rad {line}: {action}, {account}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="386"/>
        <source>Disabled: {count} rows are in error. Correct them, or import only the valid rows.</source>
        <translation>Inte möjligt: {count} rader har fel. Rätta dem eller importera endast de giltiga raderna.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="389"/>
        <source>Write the new and changed accounts to the registry</source>
        <translation>Skriv in de nya och ändrade kontona i registret</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="394"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="415"/>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="425"/>
        <source>Cancelling; nothing will be written…</source>
        <translation>Avbryter; inget kommer att skrivas…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="444"/>
        <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importerat från {name}: {created} nya konton, {updated} uppdaterade, {unchanged} oförändrade.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="450"/>
        <source>{count} people added</source>
        <translation>{count} personer tillagda</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="452"/>
        <source>{count} roles granted</source>
        <translation>{count} roller tilldelade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="454"/>
        <source>{count} handover terms recorded</source>
        <translation>{count} överlämningsvillkor registrerade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="456"/>
        <source>{count} rows in error left out</source>
        <translation>{count} rader med fel överhoppade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="467"/>
        <source>{name} cannot be imported.</source>
        <translation>{name} kan inte importeras.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="475"/>
        <source>The import failed unexpectedly; nothing was written.</source>
        <translation>Importen misslyckades oväntat; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="482"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; inget skrevs.</translation>
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
        <translation>Uppdatering</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="61"/>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="62"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="65"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="66"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="67"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="68"/>
        <source>What changes, or why the row cannot be imported</source>
        <translation>Vad som ändras, eller varför raden inte kan importeras</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="87"/>
        <source>A new account.</source>
        <translation>Ett nytt konto.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="90"/>
        <source>{column}: “{old}” → “{new}”</source>
        <translation>{column}: ”{old}” → ”{new}”</translation>
    </message>
</context>
<context>
    <name>LastDayDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="99"/>
        <source>Change the last working day</source>
        <translation>Ändra sista arbetsdagen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="100"/>
        <source>Open items move with the last working day; done and waived items keep their dates.</source>
        <translation>Öppna punkter flyttas med sista arbetsdagen; klara och undantagna punkter behåller sina datum.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="101"/>
        <source>&amp;Change</source>
        <translation>Än&amp;dra</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="104"/>
        <source>&amp;Last working day</source>
        <translation>Sista a&amp;rbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="105"/>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="115"/>
        <source>The last working day is required.</source>
        <translation>Sista arbetsdag måste fyllas i.</translation>
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
        <translation>för {days} dagar sedan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="43"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="45"/>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="46"/>
        <source>in {days} days</source>
        <translation>om {days} dagar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="51"/>
        <source>1 account</source>
        <translation>1 konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="53"/>
        <source>{count} accounts</source>
        <translation>{count} konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="55"/>
        <source>1 open item</source>
        <translation>1 öppen punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="56"/>
        <source>{count} open items</source>
        <translation>{count} öppna punkter</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="58"/>
        <source>1 role held</source>
        <translation>1 roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="59"/>
        <source>{count} roles held</source>
        <translation>{count} roller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="69"/>
        <source>People leaving</source>
        <translation>Personer som slutar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="74"/>
        <source>in the next {days} days</source>
        <translation>de närmaste {days} dagarna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="75"/>
        <source>Leaving &amp;within</source>
        <translation>Slutar &amp;inom</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="77"/>
        <source>Leaving within</source>
        <translation>Slutar inom</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="82"/>
        <source>People leaving with accounts unsettled</source>
        <translation>Personer som slutar med konton som inte är avklarade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83"/>
        <source>Unsettled</source>
        <translation>Ej avklarat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="84"/>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="90"/>
        <source>Click a person, or press Enter, to see their offboarding</source>
        <translation>Klicka på en person, eller tryck på Enter, för att se personens avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="138"/>
        <source>{day} ({when})</source>
        <translation>{day} ({when})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="140"/>
        <source>started</source>
        <translation>påbörjat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="140"/>
        <source>not started</source>
        <translation>inte påbörjat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="151"/>
        <source>{count} people leave within {days} days with accounts unsettled.</source>
        <translation>{count} personer slutar inom {days} dagar med konton som inte är avklarade.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="153"/>
        <source>1 person leaves within {days} days with accounts unsettled.</source>
        <translation>1 person slutar inom {days} dagar med konton som inte är avklarade.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="156"/>
        <source>No one leaves within {days} days with anything unsettled.</source>
        <translation>Ingen slutar inom {days} dagar med något som inte är avklarat.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="38"/>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="38"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="39"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="39"/>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="83"/>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="93"/>
        <source>{view} (Ctrl+{number})</source>
        <translation>{view} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="113"/>
        <source>Database: {where}</source>
        <translation>Databas: {where}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="114"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="117"/>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="123"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="216"/>
        <source>Loading the registry…</source>
        <translation>Läser in registret…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="251"/>
        <source>The registry could not be read.</source>
        <translation>Registret kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="253"/>
        <source>The registry could not be read.

{error}</source>
        <translation>Registret kunde inte läsas.

{error}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="257"/>
        <source>Reading the registry failed unexpectedly. Nothing was changed.</source>
        <translation>Det uppstod ett oväntat fel när registret lästes. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="290"/>
        <source>Create the sample organisation</source>
        <translation>Skapa exempelorganisationen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/main_window.py" line="293"/>
        <source>Created {organisation}: {accounts} accounts and {people} people.</source>
        <translation>Skapade {organisation}: {accounts} konton och {people} personer.</translation>
    </message>
</context>
<context>
    <name>Offboarding</name>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="49"/>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="50"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="51"/>
        <source>Closed</source>
        <translation>Stängda</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="52"/>
        <source>Cancelled</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="55"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="357"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="365"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="56"/>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="360"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="57"/>
        <source>Waived</source>
        <translation>Undantagen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="74"/>
        <source>{settled} of {total} settled</source>
        <translation>{settled} av {total} avklarade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="100"/>
        <source>{platform} {presence} “{name}”</source>
        <translation>{platform}-{presence} ”{name}”</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="127"/>
        <source>{leaver} is the only owner or admin of {account} and no successor is chosen.</source>
        <translation>{leaver} är ensam ägare eller administratör för {account}, och ingen efterträdare är vald.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="132"/>
        <source>Overdue since {day}: {title}</source>
        <translation>Försenad sedan {day}: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="138"/>
        <source>The last working day, {day}, has passed.</source>
        <translation>Sista arbetsdagen, {day}, har passerat.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="140"/>
        <source>The last working day, {day}, is today.</source>
        <translation>Sista arbetsdagen, {day}, är i dag.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="142"/>
        <source>The last working day, {day}, is in 1 business day.</source>
        <translation>Sista arbetsdagen, {day}, är om 1 arbetsdag.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="144"/>
        <source>The last working day, {day}, is in {days} business days.</source>
        <translation>Sista arbetsdagen, {day}, är om {days} arbetsdagar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="147"/>
        <source>1 item is still open.</source>
        <translation>1 punkt är fortfarande öppen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="148"/>
        <source>{count} items are still open.</source>
        <translation>{count} punkter är fortfarande öppna.</translation>
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
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="172"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="186"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="195"/>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="206"/>
        <source>{progress}, {count} overdue</source>
        <translation>{progress}, {count} försenade</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="300"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="300"/>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
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
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="331"/>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>När punkten bockas av lämnas rollerna som den som slutar har på kontot över till efterträdaren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="357"/>
        <source>Open, overdue</source>
        <translation>Öppen, försenad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="359"/>
        <source>Waived: {reason}</source>
        <translation>Undantagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="366"/>
        <source>{status} by {who} on {when}</source>
        <translation>{status} av {who} {when}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="370"/>
        <source>Reason: {reason}</source>
        <translation>Skäl: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/offboarding_model.py" line="372"/>
        <source>Note: {note}</source>
        <translation>Anteckning: {note}</translation>
    </message>
</context>
<context>
    <name>OffboardingView</name>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="144"/>
        <source>&amp;Start offboarding…</source>
        <translation>Starta a&amp;vslut…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="145"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="356"/>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="146"/>
        <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
        <translation>Starta ett avslut för någon som slutar (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="150"/>
        <source>Offboardings</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="164"/>
        <source>&amp;Cases</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="189"/>
        <source>Change las&amp;t day…</source>
        <translation>Ändra sista &amp;dagen…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="190"/>
        <source>Change the last working day</source>
        <translation>Ändra sista arbetsdagen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="195"/>
        <source>Not chosen yet: type a name or email</source>
        <translation>Inte vald än: skriv ett namn eller en e-postadress</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="196"/>
        <source>Set s&amp;uccessor</source>
        <translation>An&amp;ge efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="197"/>
        <source>Set successor</source>
        <translation>Ange efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="198"/>
        <source>Open items for the successor follow the new choice; an empty field clears it.</source>
        <translation>Öppna punkter för efterträdaren följer det nya valet; ett tomt fält tar bort efterträdaren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="209"/>
        <source>Last working day:</source>
        <translation>Sista arbetsdag:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="211"/>
        <source>Succ&amp;essor:</source>
        <translation>&amp;Efterträdare:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="213"/>
        <source>Successor</source>
        <translation>Efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="219"/>
        <source>Blockers</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="221"/>
        <source>Why the offboarding cannot be closed</source>
        <translation>Varför avslutet inte kan stängas</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="227"/>
        <source>Assigned to &amp;me</source>
        <translation>Tilldelat &amp;mig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="228"/>
        <source>Only items assigned to me</source>
        <translation>Bara punkter som är tilldelade mig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="229"/>
        <source>Chec&amp;klist</source>
        <translation>&amp;Checklista</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="234"/>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="235"/>
        <source>Space ticks the current item done, or reopens a settled one.</source>
        <translation>Blanksteg bockar av den aktuella punkten som klar eller öppnar en avklarad punkt igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="266"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="631"/>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="266"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="267"/>
        <source>Tick the current item done (Space in the checklist)</source>
        <translation>Bocka av den aktuella punkten som klar (Blanksteg i checklistan)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268"/>
        <source>Done with &amp;note…</source>
        <translation>Klar med a&amp;nteckning…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268"/>
        <source>Done with a note</source>
        <translation>Klar med en anteckning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269"/>
        <source>&amp;Waive…</source>
        <translation>&amp;Undanta…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269"/>
        <source>Waive</source>
        <translation>Undanta</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="270"/>
        <source>Settle the item without doing it; a reason is required</source>
        <translation>Avklara punkten utan att utföra den; ett skäl krävs</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271"/>
        <source>Re&amp;open item…</source>
        <translation>Öppna &amp;punkt igen…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="653"/>
        <source>Reopen item</source>
        <translation>Öppna punkt igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272"/>
        <source>C&amp;lose case</source>
        <translation>&amp;Stäng ärende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272"/>
        <source>Close case</source>
        <translation>Stäng ärende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="273"/>
        <source>Close the offboarding once every item is settled and the leaver holds no role</source>
        <translation>Stäng avslutet när alla punkter är avklarade och den som slutar inte har någon roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="275"/>
        <source>&amp;Reopen case…</source>
        <translation>Öppna ärende &amp;igen…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="275"/>
        <source>Reopen case</source>
        <translation>Öppna ärende igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="276"/>
        <source>Cancel c&amp;ase…</source>
        <translation>Avbr&amp;yt ärende…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="276"/>
        <source>Cancel case</source>
        <translation>Avbryt ärende</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="277"/>
        <source>The person stays after all; the case is kept, marked cancelled</source>
        <translation>Personen stannar ändå; ärendet sparas, markerat som avbrutet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="278"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="278"/>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
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
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="280"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Spara s&amp;om PDF…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="281"/>
        <source>&amp;Handover confirmation…</source>
        <translation>Överlämnings&amp;bekräftelse…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="281"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="910"/>
        <source>Handover confirmation</source>
        <translation>Överlämningsbekräftelse</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="282"/>
        <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
        <translation>En PDF med alla konton och deras utfall, för den som slutar och företaget att skriva under</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="310"/>
        <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
        <translation>Välj ett avslut i listan, eller starta ett för någon som slutar. Checklistan skapas utifrån de konton personen innehar och administrerar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="470"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="898"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="933"/>
        <source>Offboarding of {leaver}</source>
        <translation>Avslut för {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="473"/>
        <source>Closed on {when} by {who}. {progress}.</source>
        <translation>Stängt {when} av {who}. {progress}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="476"/>
        <source>Cancelled: {reason}. Reopen it to work on it again.</source>
        <translation>Avbrutet: {reason}. Öppna ärendet igen för att arbeta vidare med det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="479"/>
        <source>Open: {progress}.</source>
        <translation>Öppet: {progress}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="481"/>
        <source>Reopened: {reason}.</source>
        <translation>Öppnat igen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="499"/>
        <source>What stands in the way ({count})</source>
        <translation>Hinder ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="527"/>
        <source>Items assigned to {name}, {department}: you are recorded as {actor}.</source>
        <translation>Punkter som är tilldelade {name}, {department}: du är registrerad som {actor}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="531"/>
        <source>Items assigned to {name}: you are recorded as {actor}.</source>
        <translation>Punkter som är tilldelade {name}: du är registrerad som {actor}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="534"/>
        <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
        <translation>Ingen i registret matchar {actor}, namnet du är registrerad under; bara punkter som är tilldelade en funktion som heter {actor} är dina.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="554"/>
        <source>No item of this offboarding is assigned to you.</source>
        <translation>Inga punkter i det här avslutet är tilldelade dig.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="594"/>
        <source>Ticking it hands the leaver&apos;s roles on this account to the successor.</source>
        <translation>När punkten bockas av lämnas rollerna som den som slutar har på kontot över till efterträdaren.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="619"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="632"/>
        <source>Done: {title}</source>
        <translation>Klar: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="630"/>
        <source>Done, with a note</source>
        <translation>Klar, med en anteckning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="630"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <source>Waive item</source>
        <translation>Undanta punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="767"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="781"/>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="639"/>
        <source>&amp;Waive</source>
        <translation>&amp;Undanta</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="640"/>
        <source>Say why this item is waived; a waived item needs a reason.</source>
        <translation>Skriv varför punkten undantas; en undantagen punkt kräver ett skäl.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="642"/>
        <source>Waived: {title}</source>
        <translation>Undantagen: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="650"/>
        <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
        <translation>Roller som överlämningen flyttade stannar där de är; flytta tillbaka dem på kontot vid behov.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="653"/>
        <source>&amp;Reason (optional)</source>
        <translation>&amp;Skäl (valfritt)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="654"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="767"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="656"/>
        <source>Reopened: {title}</source>
        <translation>Öppnad igen: {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="692"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="701"/>
        <source>The successor is set; open items for the successor follow.</source>
        <translation>Efterträdaren är angiven; öppna punkter för efterträdaren följer med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="715"/>
        <source>The last working day is changed; open items moved with it.</source>
        <translation>Sista arbetsdagen är ändrad; öppna punkter har flyttats med.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="731"/>
        <source>The offboarding of {leaver} is closed.</source>
        <translation>Avslutet för {leaver} är stängt.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="737"/>
        <source>The offboarding cannot be closed yet: {count} things remain.</source>
        <translation>Avslutet kan inte stängas än: {count} saker återstår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="738"/>
        <source>The offboarding cannot be closed yet: 1 thing remains.</source>
        <translation>Avslutet kan inte stängas än: 1 sak återstår.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="751"/>
        <source>item {number} is open (due {day}, {assignee}): {title}</source>
        <translation>punkt {number} är öppen (frist {day}, {assignee}): {title}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="754"/>
        <source>{leaver} is still {role} of {account}</source>
        <translation>{leaver} är fortfarande {role} för {account}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="764"/>
        <source>Reopen the offboarding</source>
        <translation>Öppna avslutet igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="765"/>
        <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
        <translation>Avslutet för {leaver} öppnas igen, och personen registreras som att hen slutar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="768"/>
        <source>Say why you reopen this offboarding; a reason is required.</source>
        <translation>Skriv varför du öppnar avslutet igen; ett skäl krävs.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="770"/>
        <source>The offboarding is open again.</source>
        <translation>Avslutet är öppet igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="777"/>
        <source>Cancel the offboarding</source>
        <translation>Avbryt avslutet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="778"/>
        <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
        <translation>Avbryt om {leaver} ändå stannar. Avslutet sparas, markerat som avbrutet, och {leaver} registreras som anställd igen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="781"/>
        <source>Cancel the &amp;offboarding</source>
        <translation>Avbryt a&amp;vslutet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="782"/>
        <source>Say why you cancel this offboarding; a reason is required.</source>
        <translation>Skriv varför du avbryter avslutet; ett skäl krävs.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="784"/>
        <source>The offboarding is cancelled.</source>
        <translation>Avslutet är avbrutet.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="822"/>
        <source>The offboarding is started; the person is recorded as leaving.</source>
        <translation>Avslutet är påbörjat; personen är registrerad som att hen slutar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="837"/>
        <source>Print the checklist</source>
        <translation>Skriv ut checklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="857"/>
        <source>Export the checklist as CSV</source>
        <translation>Exportera checklistan som CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="858"/>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="900"/>
        <source>Offboarding</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="859"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="864"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="872"/>
        <source>Exporting failed unexpectedly: {error}</source>
        <translation>Exporten misslyckades oväntat: {error}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="881"/>
        <source>The checklist is exported to {path}.</source>
        <translation>Checklistan är exporterad till {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="899"/>
        <source>Save the checklist as PDF</source>
        <translation>Spara checklistan som PDF</translation>
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
        <translation>Överlämningsbekräftelse: {leaver}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="909"/>
        <source>Save the handover confirmation as PDF</source>
        <translation>Spara överlämningsbekräftelsen som PDF</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="925"/>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/offboarding_view.py" line="935"/>
        <source>The checklist is sent to the printer.</source>
        <translation>Checklistan har skickats till skrivaren.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="49"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="50"/>
        <source>Work email</source>
        <translation>E-post (arbete)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="52"/>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="54"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="55"/>
        <source>Employment status</source>
        <translation>Anställningsstatus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="57"/>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="59"/>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="61"/>
        <source>Accounts held</source>
        <translation>Konton som innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/models/people_model.py" line="62"/>
        <source>Active roles</source>
        <translation>Aktiva roller</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="88"/>
        <source>Filter by name, email, department or title</source>
        <translation>Filtrera på namn, e-post, avdelning eller titel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="90"/>
        <source>Filter people</source>
        <translation>Filtrera personer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="92"/>
        <source>Employment status</source>
        <translation>Anställningsstatus</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="93"/>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="96"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="97"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="98"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Redigera person…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="99"/>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="101"/>
        <source>Start &amp;offboarding…</source>
        <translation>Starta a&amp;vslut…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="102"/>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="103"/>
        <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
        <translation>Starta ett avslut för den valda personen: sista arbetsdag, en efterträdare och checklistan för personens konton</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="106"/>
        <source>F&amp;ilter</source>
        <translation>&amp;Filtrera</translation>
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
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="135"/>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="135"/>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>Konton som innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="137"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="137"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="137"/>
        <source>Granted on</source>
        <translation>Tilldelad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>Revoked on</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="138"/>
        <source>Reason</source>
        <translation>Skäl</translation>
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
        <translation>Roller, aktiva och tidigare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="205"/>
        <source>Accounts held by {name} ({count})</source>
        <translation>Konton med {name} som innehavare ({count})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="207"/>
        <source>not known</source>
        <translation>inte känd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="211"/>
        <source>Roles of {name}: {active} active, {past} past</source>
        <translation>Roller för {name}: {active} aktiva, {past} tidigare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="214"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/people_view.py" line="214"/>
        <source>revoked</source>
        <translation>återkallad</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="45"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="45"/>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="56"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="57"/>
        <source>No last working day</source>
        <translation>Ingen sista arbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="69"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="70"/>
        <source>&amp;Work email</source>
        <translation>&amp;E-post på jobbet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="71"/>
        <source>&amp;Department</source>
        <translation>&amp;Avdelning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="72"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="73"/>
        <source>&amp;Employment status</source>
        <translation>Anställnings&amp;status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="74"/>
        <source>&amp;Last working day</source>
        <translation>Sista a&amp;rbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/person.py" line="78"/>
        <source>&amp;Manager</source>
        <translation>&amp;Chef</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/person_picker.py" line="59"/>
        <source>Type a name or email</source>
        <translation>Skriv namn eller e-post</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/person_picker.py" line="99"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="22"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="26"/>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="31"/>
        <source>Pseudo (for checking layouts)</source>
        <translation>Pseudo (för att kontrollera layouten)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="36"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="37"/>
        <source>The new language is used the next time Account Registry starts.</source>
        <translation>Det nya språket används nästa gång Account Registry startar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/preferences.py" line="44"/>
        <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
        <translation>Så länge miljövariabeln {variable} är satt (nu till ”{value}”) är det den som bestämmer språket.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="237"/>
        <source>&amp;OK</source>
        <translation>&amp;Ok</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="238"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="239"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="240"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="241"/>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="242"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="243"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="244"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="245"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="246"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="247"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="248"/>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="257"/>
        <source>Show Details...</source>
        <translation>Visa detaljer...</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="258"/>
        <source>Hide Details...</source>
        <translation>Dölj detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="219"/>
        <source>OK</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="220"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="221"/>
        <source>Save All</source>
        <translation>Spara allt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="222"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="223"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="224"/>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;allt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="225"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="226"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till allt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="227"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="228"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="229"/>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="230"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="231"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="232"/>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="233"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="234"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="235"/>
        <source>Reset</source>
        <translation>Nollställ</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="236"/>
        <source>Restore Defaults</source>
        <translation>Nollställ till standard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="249"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="250"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="251"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="252"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="253"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="254"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="255"/>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/i18n.py" line="256"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkplats</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="89"/>
        <source>A reason is required.</source>
        <translation>Ett skäl krävs.</translation>
    </message>
</context>
<context>
    <name>RegisterAccountDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="567"/>
        <source>Register account</source>
        <translation>Registrera konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="570"/>
        <source>Record handover terms now</source>
        <translation>Registrera överlämningsvillkor nu</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="578"/>
        <source>Agreed by the holder</source>
        <translation>Godkänt av innehavaren</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="580"/>
        <source>On departure</source>
        <translation>Vid avgång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="581"/>
        <source>Agreed on</source>
        <translation>Överenskommet den</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="588"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="652"/>
        <source>Handover terms not saved</source>
        <translation>Överlämningsvillkoren sparades inte</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="653"/>
        <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account&apos;s Handover terms tab.</source>
        <translation>Kontot registrerades, men dess överlämningsvillkor sparades inte: {error}

Lägg till dem på kontots flik Överlämningsvillkor.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="657"/>
        <source>Already registered</source>
        <translation>Redan registrerat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="658"/>
        <source>{message}

Open the existing record instead?</source>
        <translation>{message}

Vill du öppna det befintliga i stället?</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/register_account.py" line="661"/>
        <source>Open existing</source>
        <translation>Öppna befintligt</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99"/>
        <source>&amp;Note (what needs changing):</source>
        <translation>&amp;Anteckning (vad som behöver ändras):</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Anteckning (valfri):</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="101"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="110"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="122"/>
        <source>Write what needs changing, so that whoever changes it knows.</source>
        <translation>Skriv vad som behöver ändras, så att den som ändrar det vet vad som gäller.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="138"/>
        <source>Flag for change</source>
        <translation>Flagga för ändring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="139"/>
        <source>Say what is no longer true about the {count} selected account(s). The record stays as it is and the account stays due for review until someone confirms it.</source>
        <translation>Skriv vad som inte längre stämmer om de {count} valda kontona. Uppgifterna förblir som de är och kontot ska fortfarande granskas tills någon bekräftar det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="142"/>
        <source>&amp;Flag for change</source>
        <translation>&amp;Flagga för ändring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="145"/>
        <source>Mark reviewed</source>
        <translation>Bekräfta granskning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="146"/>
        <source>Confirm that the record of the {count} selected account(s) is true as it stands today: holder, administrators, login and handover terms.</source>
        <translation>Bekräfta att uppgifterna om de {count} valda kontona stämmer som de ser ut i dag: innehavare, administratörer, inloggning och överlämningsvillkor.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="149"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Bekräfta granskning</translation>
    </message>
</context>
<context>
    <name>ReviewRoundDialog</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="159"/>
        <source>{platform} “{handle}” — {display_name}</source>
        <translation>{platform} ”{handle}” – {display_name}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="161"/>
        <source>{platform} “{handle}”</source>
        <translation>{platform} ”{handle}”</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="167"/>
        <source>No holder</source>
        <translation>Ingen innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="168"/>
        <source>No responsible unit</source>
        <translation>Ingen ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="197"/>
        <source>Review round</source>
        <translation>Granskningsomgång</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="199"/>
        <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
        <translation>Kontona som ska granskas. Bekräfta de uppgifter som fortfarande stämmer som de är; flagga resten för ändring med en anteckning om vad som ska ändras.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="202"/>
        <source>&amp;Holder</source>
        <translation>&amp;Innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="203"/>
        <source>Group by holder</source>
        <translation>Gruppera per innehavare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="204"/>
        <source>Responsible &amp;unit</source>
        <translation>Ansvarig &amp;enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="205"/>
        <source>Group by responsible unit</source>
        <translation>Gruppera per ansvarig enhet</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="211"/>
        <source>Group by:</source>
        <translation>Gruppera per:</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="217"/>
        <source>Accounts due for review</source>
        <translation>Konton som ska granskas</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Last reviewed</source>
        <translation>Senast granskat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="219"/>
        <source>This round</source>
        <translation>Den här omgången</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="231"/>
        <source>Review round summary</source>
        <translation>Sammanfattning av granskningsomgången</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="234"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="241"/>
        <source>&amp;Confirm as is</source>
        <translation>&amp;Bekräfta som det är</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="242"/>
        <source>Confirm as is</source>
        <translation>Bekräfta som det är</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="243"/>
        <source>Mark the selected accounts reviewed today: their records are true</source>
        <translation>Markera de valda kontona som granskade i dag: uppgifterna stämmer</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="244"/>
        <source>&amp;Flag for change…</source>
        <translation>&amp;Flagga för ändring…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="245"/>
        <source>Flag for change</source>
        <translation>Flagga för ändring</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="246"/>
        <source>Note what is no longer true about the selected accounts</source>
        <translation>Anteckna vad som inte längre stämmer om de valda kontona</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="247"/>
        <source>E&amp;xport checklist…</source>
        <translation>E&amp;xportera checklista…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="248"/>
        <source>Export checklist</source>
        <translation>Exportera checklista</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="249"/>
        <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
        <translation>Skriv omgången som en CSV-checklista att bocka av på papper eller i ett kalkylark</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="251"/>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="252"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="288"/>
        <source>Export the review checklist</source>
        <translation>Exportera granskningens checklista</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="289"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="302"/>
        <source>Finding the accounts due for review…</source>
        <translation>Letar upp kontona som ska granskas…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="310"/>
        <source>{group} ({count} due)</source>
        <translation>{group} ({count} att granska)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="318"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="330"/>
        <source>{count} accounts are due for review, in {groups} groups.</source>
        <translation>{count} konton ska granskas, fördelade på {groups} grupper.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="335"/>
        <source>No account is due for review. Every record was confirmed within its review interval.</source>
        <translation>Inga konton behöver granskas. Alla uppgifter har bekräftats inom sitt granskningsintervall.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="371"/>
        <source>Confirmed ✓</source>
        <translation>Bekräftat ✓</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="381"/>
        <source>Flagged for change: {note}</source>
        <translation>Flaggat för ändring: {note}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="391"/>
        <source>Confirmed {count} accounts as they are.</source>
        <translation>Bekräftade {count} konton som de är.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="392"/>
        <source>Flagged {count} accounts for change.</source>
        <translation>Flaggade {count} konton för ändring.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="394"/>
        <source>Stopped: {reason}</source>
        <translation>Stoppades: {reason}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="396"/>
        <source>Cancelled before the other {count}.</source>
        <translation>Avbröts före de övriga {count}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="403"/>
        <source>Recording the reviews…</source>
        <translation>Registrerar granskningarna…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="418"/>
        <source>Wrote the checklist of {count} accounts to {path}.</source>
        <translation>Skrev checklistan med {count} konton till {path}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="422"/>
        <source>Writing the checklist…</source>
        <translation>Skriver checklistan…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="428"/>
        <source>Stopping…</source>
        <translation>Stoppar…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/review_round.py" line="458"/>
        <source>That failed unexpectedly; nothing more was changed.</source>
        <translation>Det misslyckades oväntat; inget mer ändrades.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="13"/>
        <source>No admin</source>
        <translation>Ingen administratör</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="15"/>
        <source>Nobody holds an active owner or admin role, so nobody can manage the account or add a new administrator.</source>
        <translation>Ingen har en aktiv roll som ägare eller administratör, så ingen kan hantera kontot eller lägga till en ny administratör.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="18"/>
        <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform&apos;s support to restore access now, before anyone else claims it.</source>
        <translation>Ta reda på vem som fortfarande har åtkomst och registrera personen som ägare eller administratör; om ingen har det, be plattformens support att återställa åtkomsten nu, innan någon annan gör anspråk på kontot.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="22"/>
        <source>Single admin</source>
        <translation>Bara en administratör</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="24"/>
        <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
        <translation>Bara en person har en roll som ägare eller administratör; om personen slutar eller förlorar åtkomsten står kontot utan administratör.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="27"/>
        <source>Grant a second person the owner or admin role.</source>
        <translation>Ge ytterligare en person rollen som ägare eller administratör.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="29"/>
        <source>Leaver holds a role</source>
        <translation>Avgående har en roll</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="31"/>
        <source>Someone who is leaving or has left still holds an active role on the account.</source>
        <translation>Någon som håller på att sluta eller har slutat har fortfarande en aktiv roll på kontot.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="34"/>
        <source>Hand the role over to a successor and revoke the leaver&apos;s role, or settle it in the person&apos;s offboarding.</source>
        <translation>Lämna över rollen till en efterträdare och återkalla rollen för den som slutar, eller reda ut det i personens avslut.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="37"/>
        <source>Private login</source>
        <translation>Privat inloggning</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="39"/>
        <source>The account logs in with an email address outside the company&apos;s domains, so whoever owns that address controls the account.</source>
        <translation>Kontot loggar in med en e-postadress utanför företagets domäner, så den som äger adressen har kontrollen över kontot.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="42"/>
        <source>Change the account&apos;s login email to a company address, such as a shared communications mailbox.</source>
        <translation>Byt kontots inloggningsadress till en adress i företaget, till exempel en gemensam brevlåda för kommunikation.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="45"/>
        <source>No handover terms</source>
        <translation>Inga överlämningsvillkor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="47"/>
        <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
        <translation>Inget är överenskommet om vad som händer med kontot, dess följare och dess innehåll när innehavaren eller en administratör slutar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="50"/>
        <source>Agree handover terms with the holder and record them, with the date.</source>
        <translation>Kom överens om överlämningsvillkor med innehavaren och registrera dem med datum.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="52"/>
        <source>Password not changed</source>
        <translation>Lösenordet inte bytt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="54"/>
        <source>An administrator&apos;s role was revoked after the stored password was last changed, so someone who left may still know it.</source>
        <translation>En administratörs roll återkallades efter att det sparade lösenordet senast byttes, så någon som har slutat kan fortfarande känna till det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="57"/>
        <source>Change the account&apos;s password and recovery codes, and store the new ones.</source>
        <translation>Byt kontots lösenord och återställningskoder, och spara de nya.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="60"/>
        <source>No two-factor</source>
        <translation>Ingen tvåfaktor</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="62"/>
        <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
        <translation>Kontot har ingen tvåfaktorsinloggning, eller så har ingen registrerat om det har det.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="65"/>
        <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
        <translation>Slå på tvåfaktorsinloggning med en autentiseringsapp, säkerhetsnyckel eller lösennyckel, och registrera metoden.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="68"/>
        <source>Owner unknown</source>
        <translation>Ägare okänd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="70"/>
        <source>It is not recorded whether the account is the company&apos;s, an employee role or someone&apos;s personal profile, or whose profile it is.</source>
        <translation>Det är inte registrerat om kontot är företagets, en medarbetarroll eller någons personliga profil, eller vems profil det är.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="73"/>
        <source>Set the account&apos;s kind and, for an employee-role or personal account, its holder.</source>
        <translation>Ange kontots typ och, för en medarbetarroll eller ett personligt konto, dess innehavare.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="76"/>
        <source>Review overdue</source>
        <translation>Granskning försenad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="78"/>
        <source>Nobody has confirmed within the review interval that the account&apos;s record is still true.</source>
        <translation>Ingen har inom granskningsintervallet bekräftat att uppgifterna om kontot fortfarande stämmer.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="81"/>
        <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
        <translation>Granska kontot: kontrollera dess administratörer, inloggning och villkor och markera det sedan som granskat.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="84"/>
        <source>low</source>
        <translation>låg</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="86"/>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/core_texts.py" line="88"/>
        <source>high</source>
        <translation>hög</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="86"/>
        <source>Risk chart</source>
        <translation>Riskdiagram</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="105"/>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="280"/>
        <source>No account looked after is at risk.</source>
        <translation>Inget förvaltat konto är i riskzonen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="106"/>
        <source>{title} ({severity}): {count}</source>
        <translation>{title} ({severity}): {count}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="109"/>
        <source>{at_risk} of {total} accounts looked after are at risk.</source>
        <translation>{at_risk} av {total} förvaltade konton är i riskzonen.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="111"/>
        <source>Accounts by risk: {risks}.</source>
        <translation>Konton per risk: {risks}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="113"/>
        <source>{platform}: {count} ({breakdown})</source>
        <translation>{platform}: {count} ({breakdown})</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="116"/>
        <source>Accounts at risk by platform, by their worst risk: {platforms}.</source>
        <translation>Konton i riskzonen per plattform, efter deras allvarligaste risk: {platforms}.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="122"/>
        <source>{count} {severity}</source>
        <translation>{count} med {severity} risk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="201"/>
        <source>{title} ({severity} risk): {count} account
{explanation}</source>
        <translation>{title} ({severity} risk): {count} konto
{explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="203"/>
        <source>{title} ({severity} risk): {count} accounts
{explanation}</source>
        <translation>{title} ({severity} risk): {count} konton
{explanation}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="207"/>
        <source>What to do: {what}</source>
        <translation>Det här kan du göra: {what}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="217"/>
        <source>{platform}: {count} account at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konto i riskzonen
Efter allvarligaste risk: {breakdown}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="219"/>
        <source>{platform}: {count} accounts at risk
By their worst risk: {breakdown}</source>
        <translation>{platform}: {count} konton i riskzonen
Efter allvarligaste risk: {breakdown}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="299"/>
        <source>Accounts by risk</source>
        <translation>Konton per risk</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/risk_chart.py" line="300"/>
        <source>Accounts at risk by platform, by their worst risk</source>
        <translation>Konton i riskzonen per plattform och allvarligaste risk</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="233"/>
        <source>Replace: {field}</source>
        <translation>Ersätt: {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="234"/>
        <source>Store: {field}</source>
        <translation>Spara: {field}</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="235"/>
        <source>It is stored in the operating system&apos;s keyring, never in the registry&apos;s database. Replacing it counts as rotating the login.</source>
        <translation>Det sparas i operativsystemets nyckelring, aldrig i registrets databas. Att ersätta det räknas som att byta inloggning.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="252"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="253"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Skriv det igen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="261"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="263"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="289"/>
        <source>{field} is empty; type or paste it.</source>
        <translation>{field}: fältet är tomt; skriv eller klistra in.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="291"/>
        <source>{field} is too long (at most {count} characters).</source>
        <translation>{field}: för långt (högst {count} tecken).</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="294"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>De två lösenorden är inte likadana; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>StartOffboardingWizard</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="266"/>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="274"/>
        <source>Start offboarding</source>
        <translation>Starta avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="270"/>
        <source>&amp;Next: see the checklist</source>
        <translation>&amp;Nästa: visa checklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="271"/>
        <source>&amp;Start offboarding</source>
        <translation>&amp;Starta avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="272"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="273"/>
        <source>Next: see the checklist</source>
        <translation>Nästa: visa checklistan</translation>
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
        <translation>företag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="16"/>
        <source>employee role</source>
        <translation>medarbetarroll</translation>
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
        <translation>sida</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="20"/>
        <source>group</source>
        <translation>grupp</translation>
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
        <translation>vilande</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="25"/>
        <source>archived</source>
        <translation>arkiverad</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="26"/>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="27"/>
        <source>cancelled</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="28"/>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="29"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="30"/>
        <source>waived</source>
        <translation>undantagen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="32"/>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="33"/>
        <source>admin</source>
        <translation>administratör</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="34"/>
        <source>editor</source>
        <translation>redaktör</translation>
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
        <translation>överlämna till efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="39"/>
        <source>transfer to company</source>
        <translation>överlämna till företaget</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="40"/>
        <source>holder keeps</source>
        <translation>innehavaren behåller det</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="41"/>
        <source>archive</source>
        <translation>arkivera</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="42"/>
        <source>close</source>
        <translation>stäng</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="44"/>
        <source>unknown</source>
        <translation>okänd</translation>
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
        <translation>säkerhetsnyckel</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="48"/>
        <source>passkey</source>
        <translation>lösennyckel</translation>
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
        <translation>anställd</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="53"/>
        <source>leaving</source>
        <translation>slutar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="54"/>
        <source>left</source>
        <translation>har slutat</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/formatting.py" line="55"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="78"/>
        <source>This registry is empty</source>
        <translation>Registret är tomt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="79"/>
        <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
        <translation>Registrera konton ett i taget i vyn Konton, importera dem från ett kalkylark eller börja med ett exempel. Exempelorganisationen, Nordlys Rejser A/S, är ett resebolag med ungefär 120 konton och de problem som riktiga register har: sidor med bara en administratör, privata inloggningar och personer som har slutat men fortfarande har roller.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="84"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="85"/>
        <source>Create the sample organisation</source>
        <translation>Skapa exempelorganisationen</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="86"/>
        <source>Import from CSV…</source>
        <translation>Importera från CSV…</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="87"/>
        <source>Import from CSV</source>
        <translation>Importera från CSV</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="88"/>
        <source>Import accounts from a spreadsheet saved as CSV; you see a preview before anything is written</source>
        <translation>Importera konton från ett kalkylark sparat som CSV; du ser en förhandsgranskning innan något skrivs</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="90"/>
        <location filename="../../accountregistry/gui/views/dashboard_view.py" line="91"/>
        <source>Start empty</source>
        <translation>Börja tomt</translation>
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
        <translation>Vem slutar, och när</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="64"/>
        <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
        <translation>Checklistan skapas utifrån de konton som personen innehar eller administrerar. Du ser den innan något skapas.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="71"/>
        <source>Optional: who takes over the roles</source>
        <translation>Valfritt: vem tar över rollerna</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="72"/>
        <source>Show their &amp;offboarding</source>
        <translation>Visa personens a&amp;vslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="73"/>
        <source>Show their offboarding</source>
        <translation>Visa personens avslut</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="79"/>
        <source>&amp;Person leaving</source>
        <translation>&amp;Person som slutar</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="81"/>
        <source>&amp;Last working day</source>
        <translation>Sista a&amp;rbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="82"/>
        <source>Last working day</source>
        <translation>Sista arbetsdag</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="83"/>
        <source>Default s&amp;uccessor</source>
        <translation>&amp;Efterträdare</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="84"/>
        <source>The successor receives the leaver&apos;s owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
        <translation>Efterträdaren får ägar- och administratörsrollerna från den som slutar när en överlämningspunkt bockas av. Du kan välja eller byta efterträdare senare.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="120"/>
        <source>No one in the registry matches “{text}”; choose a person from the list.</source>
        <translation>Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="123"/>
        <source>Choose the person who is leaving.</source>
        <translation>Välj personen som slutar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="128"/>
        <source>The last working day is required.</source>
        <translation>Sista arbetsdag måste fyllas i.</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="173"/>
        <source>The checklist</source>
        <translation>Checklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="178"/>
        <source>Checklist preview</source>
        <translation>Förhandsvisning av checklistan</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179"/>
        <source>Assignee</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="189"/>
        <source>Nothing is created until you press Start offboarding. Starting also records the person as leaving.</source>
        <translation>Inget skapas förrän du trycker på Starta avslut. När avslutet startas registreras personen också som att hen slutar.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="207"/>
        <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutar {day}. {successor} tar över rollerna. Checklistan har {items} punkter på {accounts} konton.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="210"/>
        <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
        <translation>{leaver} slutar {day}. Ingen efterträdare är vald än: överlämningspunkterna väntar på en. Checklistan har {items} punkter på {accounts} konton.</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="218"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="228"/>
        <source>{title} (ticking it moves the roles)</source>
        <translation>{title} (när punkten bockas av flyttas rollerna)</translation>
    </message>
    <message>
        <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="233"/>
        <source>{account} ({count})</source>
        <translation>{account} ({count})</translation>
    </message>
</context>
</TS>
