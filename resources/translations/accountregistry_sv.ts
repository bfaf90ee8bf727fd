<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name />
        <message>
            <source>Status</source>
            <translation type="obsolete">Status</translation>
        </message>
        <message>
            <source>Account</source>
            <translation type="obsolete">Konto</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="obsolete">Typ</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="obsolete">ingen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="obsolete">Öppna</translation>
        </message>
    </context>
    <context>
        <name>AccountDetail</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="168" />
            <source>login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="170" />
            <source>Stored the {field} in the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="172" />
            <source>Replaced the {field} in the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="174" />
            <source>Deleted the {field} from the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="176" />
            <source>Marked the login as rotated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountDetailWindow</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/account_detail.py" line="215" />
            <source>&amp;Credentials</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="268" />
            <source>Paste the address, e.g. https://www.linkedin.com/company/acme</source>
            <translation>Klistra in adressen, t.ex. https://www.linkedin.com/company/acme</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="271" />
            <source>Choose a platform</source>
            <translation>Välj en plattform</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="280" />
            <source>Kind: whose account is it?</source>
            <translation>Typ: vems konto är det?</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="281" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="302" />
            <source>Personal account</source>
            <translation>Personligt konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="306" />
            <source>Official: made with the company's mandate</source>
            <translation>Officiellt: skapat med företagets mandat</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="318" />
            <source>blank = organisation default ({months})</source>
            <translation>tomt = organisationens standard ({months})</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="320" />
            <source>What the account is for, what may be said on it, to whom</source>
            <translation>Vad kontot används till, vad som får sägas där och till vem</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="322" />
            <source>e.g. answer messages within one working day</source>
            <translation>t.ex. svara på meddelanden inom en arbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="328" />
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="333" />
            <source>&amp;Address</source>
            <translation>&amp;Adress</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="334" />
            <source>&amp;Platform</source>
            <translation>&amp;Plattform</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="335" />
            <source>Pr&amp;esence</source>
            <translation>F&amp;orm</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="336" />
            <source>&amp;Handle</source>
            <translation>Användar&amp;namn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="337" />
            <source>&amp;Display name</source>
            <translation>&amp;Visningsnamn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="340" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="330" />
            <source>Holder and care</source>
            <translation>Innehavare och skötsel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="342" />
            <source>H&amp;older</source>
            <translation>&amp;Innehavare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="343" />
            <source>Responsible &amp;unit</source>
            <translation>Ansvarig &amp;enhet</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="344" />
            <source>&amp;Login email</source>
            <translation>E-post för in&amp;loggning</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="345" />
            <source>&amp;Two-factor method</source>
            <translation>&amp;Tvåfaktormetod</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="347" />
            <source>Re&amp;view interval (months)</source>
            <translation>Intervall för &amp;granskning (månader)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="348" />
            <source>Purpose and &amp;mandate</source>
            <translation>Syfte och &amp;mandat</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="349" />
            <source>Response e&amp;xpectations</source>
            <translation>&amp;Förväntningar på svar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="351" />
            <source>&amp;Notes</source>
            <translation>Antec&amp;kningar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="414" />
            <source>Recognised: {platform} {presence} “{handle}”.</source>
            <translation>Identifierat: {platform}-{presence} ”{handle}”.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="439" />
            <source>e.g. {example}</source>
            <translation>t.ex. {example}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="450" />
            <source>Outside the company's domains ({domains}): this login could leave with the address's owner.</source>
            <translation>Utanför företagets domäner ({domains}): inloggningen kan försvinna med den som äger adressen.</translation>
        </message>
    </context>
    <context>
        <name>AccountWords</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="58" />
            <source>Belongs to the company; whoever runs it does so for the company.</source>
            <translation>Tillhör företaget; den som sköter kontot gör det för företagets räkning.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="59" />
            <source>The person is present as an employee of the company; the account stays with the company.</source>
            <translation>Personen syns som anställd på företaget; kontot stannar hos företaget.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="61" />
            <source>Belongs to the holder; the employer can never take it over.</source>
            <translation>Tillhör innehavaren; arbetsgivaren kan aldrig ta över det.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="62" />
            <source>Flagged as a risk until someone settles whose it is.</source>
            <translation>Flaggas som en risk tills någon har rett ut vems det är.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="65" />
            <source>Company</source>
            <translation>Företag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="66" />
            <source>Employee role</source>
            <translation>Medarbetarroll</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="67" />
            <source>Personal</source>
            <translation>Personligt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="68" />
            <source>Not known yet</source>
            <translation>Inte känt än</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="70" />
            <source>A personal account belongs to its holder. The employer can never take it over, so its handover terms cannot transfer it to a successor or to the company.</source>
            <translation>Ett personligt konto tillhör sin innehavare. Arbetsgivaren kan aldrig ta över det, så dess överlämningsvillkor kan inte föra över det till en efterträdare eller till företaget.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="74" />
            <source>Unknown</source>
            <translation>Okänd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="75" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="76" />
            <source>Authenticator app</source>
            <translation>Autentiseringsapp</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="77" />
            <source>Security key</source>
            <translation>Säkerhetsnyckel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="78" />
            <source>Passkey</source>
            <translation>Lösennyckel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="79" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="80" />
            <source>Email</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="83" />
            <source>Transfer to the successor</source>
            <translation>Överlämna till efterträdaren</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="84" />
            <source>Transfer to the company</source>
            <translation>Överlämna till företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="85" />
            <source>The holder keeps it</source>
            <translation>Innehavaren behåller det</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="86" />
            <source>Archive</source>
            <translation>Arkivera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="87" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="54" />
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="55" />
            <source>The platform the account is on</source>
            <translation>Plattformen som kontot finns på</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="56" />
            <source>Handle</source>
            <translation>Användarnamn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="57" />
            <source>The account's handle or address on its platform</source>
            <translation>Kontots användarnamn eller adress på plattformen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="58" />
            <source>Display name</source>
            <translation>Visningsnamn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="59" />
            <source>The name the account shows</source>
            <translation>Namnet som kontot visar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="60" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="61" />
            <source>Whom the account belongs to: the company, an employee role, or a person</source>
            <translation>Vem kontot tillhör: företaget, en medarbetarroll eller en person</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="63" />
            <source>Presence</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="64" />
            <source>Profile, page, group or channel</source>
            <translation>Profil, sida, grupp eller kanal</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="65" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="66" />
            <source>Active, dormant, archived or closed</source>
            <translation>Aktiv, vilande, arkiverad eller stängd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="67" />
            <source>Holder</source>
            <translation>Innehavare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="68" />
            <source>The person the account presents</source>
            <translation>Personen som kontot presenterar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="69" />
            <source>Admins</source>
            <translation>Administratörer</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="70" />
            <source>How many people hold an active role on the account</source>
            <translation>Hur många som har en aktiv roll på kontot</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="71" />
            <source>Next review</source>
            <translation>Nästa granskning</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="72" />
            <source>When the account's record should next be confirmed</source>
            <translation>När uppgifterna om kontot ska bekräftas nästa gång</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="73" />
            <source>Risks</source>
            <translation>Risker</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="74" />
            <source>What puts the account at risk, worst first</source>
            <translation>Vad som utsätter kontot för risk, det allvarligaste först</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="137" />
            <source>Not known</source>
            <translation>Inte känd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="151" />
            <source>{risk} ({severity}): {explanation}</source>
            <translation>{risk} ({severity}): {explanation}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="357" />
            <source>No risks found.</source>
            <translation>Inga risker hittades.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="359" />
            <source>{platform} {presence}: {handle}</source>
            <translation>{platform}-{presence}: {handle}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/accounts_model.py" line="362" />
            <source>Nobody holds an active role.</source>
            <translation>Ingen har en aktiv roll.</translation>
        </message>
    </context>
    <context>
        <name>AccountsView</name>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="101" />
            <source>Handle, display name, holder, administrator name or email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="103" />
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="105" />
            <source>All platforms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="108" />
            <source>&amp;Platform</source>
            <translation type="unfinished">&amp;Plattform</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="110" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="114" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="116" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="119" />
            <source>S&amp;tatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="120" />
            <source>Only at &amp;risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="121" />
            <source>Only at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="124" />
            <source>Risks are not computed in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="137" />
            <source>Register account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="138" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="249" />
            <source>Register account</source>
            <translation type="unfinished">Registrera konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="139" />
            <source>Register a new account (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="140" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="141" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="258" />
            <source>Open</source>
            <translation type="unfinished">Öppna</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="142" />
            <source>Open the selected account (Enter or double-click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="143" />
            <source>Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="144" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="260" />
            <source>Archive</source>
            <translation type="unfinished">Arkivera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="145" />
            <source>Archive the selected account, keeping its record and history (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="147" />
            <source>Mark re&amp;viewed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="148" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="255" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="527" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="537" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="558" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="565" />
            <source>Mark reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="149" />
            <source>Confirm that the selected accounts' records are true today (Ctrl+Shift+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="151" />
            <source>Review r&amp;ound…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="152" />
            <source>Review round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="153" />
            <source>Go through every account due for review, by holder or unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="154" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="155" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="156" />
            <source>Import accounts from a spreadsheet (CSV), with a preview first (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="158" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="159" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="160" />
            <source>Export the ownership report of the accounts shown to a spreadsheet (CSV) (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="162" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="308" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="493" />
            <source>Loading accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="163" />
            <source>Accounts shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="177" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="510" />
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="247" />
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="251" />
            <source>Export the ownership report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="253" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="472" />
            <source>Import accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="311" />
            <source>account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="311" />
            <source>accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="313" />
            <source>{total} {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="315" />
            <source>Showing {shown} of {total} {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="401" />
            <source>{platform} {presence} “{handle}”</source>
            <translation type="unfinished">{platform}-{presence} ”{handle}”</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="406" />
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="415" />
            <source>Archive account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="407" />
            <source>Archive {name}?

The account stays in the registry with its administrators, handover terms and history; it is no longer reviewed or flagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="473" />
            <source>Spreadsheets as text (*.csv *.txt *.tsv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="510" />
            <source>The accounts could not be read again: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="528" />
            <source>Archived and closed accounts are not reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="535" />
            <source>Marking {count} accounts reviewed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="536" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/accounts_view.py" line="559" />
            <source>{done} of {total} accounts were marked reviewed; then: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../accountregistry/gui/app.py" line="84" />
            <source>The details were also written to {path}.</source>
            <translation>Detaljerna har också skrivits till {path}.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/app.py" line="95" />
            <source>Something went wrong that Account Registry did not expect. What you saved before is safe; the last action may not have completed.</source>
            <translation>Något gick fel som Account Registry inte hade förväntat sig. Det du har sparat tidigare är i säkerhet; den senaste åtgärden kanske inte slutfördes.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/app.py" line="111" />
            <source>The registry could not be opened.

{error}</source>
            <translation>Registret kunde inte öppnas.

{error}</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="93" />
            <source>Hand {leaver}'s {role} role on {account} to {successor}, then remove {leaver}</source>
            <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor} och ta sedan bort {leaver}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="96" />
            <source>Remove {leaver}'s {role} access to {account}</source>
            <translation>Ta bort behörigheten som {role} till {account} för {leaver}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="98" />
            <source>Change the password of {account} once {leaver} has stopped, and store the new one in the keyring</source>
            <translation>Byt lösenordet till {account} när {leaver} har slutat, och spara det nya i nyckelringen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="101" />
            <source>Change the login and recovery email of {account} from {leaver_email} to a company mailbox, and the recovery phone if it is {leaver}'s</source>
            <translation>Byt inloggnings- och återställningsadressen för {account} från {leaver_email} till en brevlåda i företaget, och även återställningstelefonen om den tillhör {leaver}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="104" />
            <source>Move the two-factor device of {account} from {leaver} to {successor}</source>
            <translation>Flytta tvåfaktorenheten för {account} från {leaver} till {successor}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="106" />
            <source>Find out whether the two-factor login of {account} depends on {leaver}'s phone or key</source>
            <translation>Ta reda på om tvåfaktorsinloggningen till {account} är beroende av en telefon eller nyckel som {leaver} har</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="109" />
            <source>Hand {leaver}'s {role} role on {account} to {successor}: it was made in the company's name, so it and its members stay with the company</source>
            <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor}: det skapades i företagets namn, så det och dess medlemmar stannar hos företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="112" />
            <source>Decide whether {account}, made by {leaver} in the company's name, becomes an official company account or is closed</source>
            <translation>Besluta om {account}, som {leaver} skapade i företagets namn, ska bli ett officiellt företagskonto eller stängas</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="115" />
            <source>Agree with {leaver} what happens to {account} (transfer, archive or close); no handover terms are recorded</source>
            <translation>Kom överens med {leaver} om vad som ska hända med {account} (överlämnas, arkiveras eller stängas); inga överlämningsvillkor är registrerade</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="118" />
            <source>Transfer {account} to {successor} and rename it to {successor}'s name, as agreed</source>
            <translation>Överlämna {account} till {successor} och byt namn på det till {successor}, enligt överenskommelse</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="121" />
            <source>Turn {account} into a company account, as agreed, and hand {leaver}'s {role} role to {successor}</source>
            <translation>Gör om {account} till ett företagskonto enligt överenskommelse, och lämna över rollen som {role} från {leaver} till {successor}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="124" />
            <source>Archive {account} as agreed, and remove {leaver}'s {role} role</source>
            <translation>Arkivera {account} enligt överenskommelse och ta bort rollen som {role} för {leaver}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="126" />
            <source>Close {account} as agreed, and remove {leaver}'s {role} role</source>
            <translation>Stäng {account} enligt överenskommelse och ta bort rollen som {role} för {leaver}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="128" />
            <source>{leaver} keeps {account} as agreed: rename it so it no longer speaks for the company, and remove {leaver}'s {role} role in the registry</source>
            <translation>{leaver} behåller {account} enligt överenskommelse: byt namn på det så att det inte längre talar för företaget, och ta bort rollen som {role} för {leaver} i registret</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="131" />
            <source>Update the bio of {account}: {leaver} no longer works for the company</source>
            <translation>Uppdatera presentationen på {account}: {leaver} arbetar inte längre på företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="133" />
            <source>Hand {leaver}'s {role} role on {account} to {successor}</source>
            <translation>Lämna över rollen som {role} på {account} från {leaver} till {successor}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="135" />
            <source>Update the title and employer on {account} (it stays {leaver}'s own profile)</source>
            <translation>Uppdatera titel och arbetsgivare på {account} (profilen tillhör fortfarande {leaver} själv)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="138" />
            <source>Step down, from {account}, as administrator of the company's pages and groups</source>
            <translation>Lämna rollen som administratör för företagets sidor och grupper från {account}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="141" />
            <source>Record that {leaver}'s ambassador consent for {account} ends on the last working day</source>
            <translation>Registrera att samtycket från {leaver} att vara ambassadör med {account} upphör den sista arbetsdagen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="144" />
            <source>Remove {leaver}'s {role} role on {account} from the registry: the company no longer manages it, and the profile stays with its holder</source>
            <translation>Ta bort rollen som {role} på {account} för {leaver} ur registret: företaget förvaltar det inte längre, och profilen stannar hos sin innehavare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="147" />
            <source>Delete the stored login of {account} from the keyring: it is a personal profile</source>
            <translation>Radera den sparade inloggningen till {account} från nyckelringen: det är en personlig profil</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="150" />
            <source>Find out whose account {account} is and record its kind before {leaver} leaves</source>
            <translation>Ta reda på vems konto {account} är och registrera dess typ innan {leaver} slutar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="153" />
            <source>Remove {leaver}'s {role} role on {account} once it is settled whose account it is</source>
            <translation>Ta bort rollen som {role} på {account} för {leaver} när det är utrett vems kontot är</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="156" />
            <source>Remove {leaver}'s {role} role on {account}, which is no longer in use</source>
            <translation>Ta bort rollen som {role} på {account} för {leaver}; kontot används inte längre</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="158" />
            <source>Confirm that no company account still logs in or recovers its password with {leaver}'s mailbox {leaver_email}</source>
            <translation>Bekräfta att inget av företagets konton längre loggar in eller återställer lösenordet med brevlådan {leaver_email} som tillhör {leaver}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="161" />
            <source>Collect the signatures of {leaver} and the company on the handover confirmation</source>
            <translation>Samla in underskrifter från {leaver} och företaget på överlämningsbekräftelsen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="164" />
            <source>HR</source>
            <translation>HR</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="166" />
            <source>Communications</source>
            <translation>Kommunikation</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="168" />
            <source>IT</source>
            <translation>IT</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="170" />
            <source>owner</source>
            <translation>ägare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="172" />
            <source>admin</source>
            <translation>administratör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="174" />
            <source>editor</source>
            <translation>redaktör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="176" />
            <source>moderator</source>
            <translation>moderator</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="178" />
            <source>analyst</source>
            <translation>analytiker</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="180" />
            <source>administrator</source>
            <translation>administratör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="182" />
            <source>{first} and {last}</source>
            <translation>{first} och {last}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="184" />
            <source>transfer to successor</source>
            <translation>överlämning till efterträdare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="186" />
            <source>transfer to company</source>
            <translation>överlämning till företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="188" />
            <source>holder keeps</source>
            <translation>innehavaren behåller det</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="190" />
            <source>archive</source>
            <translation>arkivering</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="192" />
            <source>close</source>
            <translation>stängning</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="194" />
            <source>none agreed</source>
            <translation>inget överenskommet</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="196" />
            <source>(no work email recorded)</source>
            <translation>(ingen e-postadress på jobbet registrerad)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="198" />
            <source>the successor</source>
            <translation>efterträdaren</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="200" />
            <source>{name} (leaver)</source>
            <translation>{name} (slutar)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="202" />
            <source>{name} (successor)</source>
            <translation>{name} (efterträdare)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="204" />
            <source>Successor (not chosen yet)</source>
            <translation>Efterträdare (inte vald än)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="206" />
            <source>profile</source>
            <translation>profil</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="208" />
            <source>page</source>
            <translation>sida</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="210" />
            <source>group</source>
            <translation>grupp</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="212" />
            <source>channel</source>
            <translation>kanal</translation>
        </message>
    </context>
    <context>
        <name>CredentialsSection</name>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="406" />
            <source>No stored logins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="413" />
            <source>Logins kept in the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="434" />
            <source>Rotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="438" />
            <source>&amp;Mark rotated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="439" />
            <source>Mark rotated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="441" />
            <source>After the login was changed at the platform, store the new one with Replace…, or mark it rotated when the new one is kept elsewhere. Either way the registry records who did it and when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="458" />
            <source>Waiting for the keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="459" />
            <source>Waiting for the keyring… If it shows an unlock prompt, answer it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="461" />
            <source>&amp;Stop waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="462" />
            <source>Stop waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="463" />
            <source>Stop waiting for this answer; the keyring may still finish it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="477" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="501" />
            <source>Keyring problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="515" />
            <source>Check a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="516" />
            <source>Check the keyring again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="559" />
            <source>This is a personal account: its login belongs to its holder, and the registry does not store it. Nothing here is offered for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="563" />
            <source>Record in the Overview whether this is a company, employee-role or personal account; logins are stored for company and employee-role accounts only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="574" />
            <source>{reason} The rest of the registry works as usual; logins are never kept anywhere else instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="578" />
            <source>Logins of this account are kept in the operating system's keyring ({backend}). The registry records only that one is stored, and when and by whom it was last changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="582" />
            <source>Logins of this account are kept in the operating system's keyring. The registry records only that one is stored, and when and by whom it was last changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="589" />
            <source>Checking the keyring…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="593" />
            <source>Wait for the keyring to answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="601" />
            <source>Replace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="601" />
            <source>Set…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="602" />
            <source>Replace {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="603" />
            <source>Set {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="608" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="608" />
            <source>Reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="610" />
            <source>Type the {field} to store it in the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="611" />
            <source>Show the {field} for {seconds} seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="612" />
            <source>Copy the {field}; the clipboard is cleared again after {seconds} seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="614" />
            <source>Remove the {field} from the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="617" />
            <source>Hide the {field} now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="624" />
            <source>No {field} is stored yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="632" />
            <source>Last stored, replaced or marked rotated on {when} by {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="633" />
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="635" />
            <source>No login is stored for this account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="638" />
            <source>Record that the login was changed at the platform, by you, now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="639" />
            <source>Store a login first; then its rotation can be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="643" />
            <source>The keyring is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="645" />
            <source>The keyring does not answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="647" />
            <source>No keyring to store logins in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="648" />
            <source>The keyring failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="652" />
            <source>Not stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="654" />
            <source>Recorded as stored, but the keyring does not hold it: set it again with Replace…, or delete the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="658" />
            <source>Stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="659" />
            <source>Stored; set on {when} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="712" />
            <source>Stopped waiting for the keyring. If it answers later, the list above is updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="744" />
            <source>The keyring holds no {field} for this account, although the registry records one. Set it again with Replace…, or delete the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="765" />
            <source>Hidden again after {seconds} s.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="771" />
            <source>Copied the {field}. The clipboard is cleared again after {seconds} s if it still holds it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="776" />
            <source>Stored the {field} in the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="781" />
            <source>Deleted the {field} from the keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="840" />
            <source>Delete {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="841" />
            <source>Delete the {field} from the keyring? It cannot be brought back; the registry keeps only the record that it was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="862" />
            <source>Recorded that the login was rotated.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="36" />
            <source>The company's own pages, groups and channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="37" />
            <source>Accounts in which an employee is visibly present for the company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="39" />
            <source>People's own profiles; the company can never take them over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="41" />
            <source>Nobody has recorded whose account it is yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="112" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="119" />
            <source>Accounts looked after, by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="124" />
            <source>{kind} accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="136" />
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="137" />
            <source>Show all accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="142" />
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="145" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="147" />
            <source>people are registered: employees, leavers and external helpers who hold or administer accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="152" />
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="156" />
            <source>Accounts at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="159" />
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="160" />
            <source>Show accounts at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="208" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="209" />
            <source>Counting the registry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="215" />
            <source>Your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="224" />
            <source>{looked_after} of {accounts} registered accounts are looked after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="227" />
            <source>; {retired} archived or closed are not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="235" />
            <source>&lt;b&gt;{at_risk}&lt;/b&gt; of {looked_after} accounts looked after are at risk. Hover over a bar, or move to it with the arrow keys, to see what the risk means and what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="239" />
            <source>No account looked after is at risk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="240" />
            <source>Nothing to assess yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="37" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="39" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="41" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="43" />
            <source>in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="45" />
            <source>{days} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="62" />
            <source>for example 31.12.2026 or 2026-12-31</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="66" />
            <source>Calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="67" />
            <source>Choose the date from a calendar (Alt+Down in the field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="68" />
            <source>Choose from a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/date_field.py" line="72" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="28" />
            <source>Transferred to the successor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="29" />
            <source>Transferred to the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="30" />
            <source>The holder keeps it</source>
            <translation type="unfinished">Innehavaren behåller det</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="31" />
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="32" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="35" />
            <source>Company account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="36" />
            <source>Employee-role account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="37" />
            <source>Personal account</source>
            <translation type="unfinished">Personligt konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="38" />
            <source>Kind not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="41" />
            <source>Open</source>
            <translation type="unfinished">Öppna</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="42" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="43" />
            <source>Waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="46" />
            <source>open</source>
            <translation type="unfinished">öppen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="47" />
            <source>closed</source>
            <translation type="unfinished">stängd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="48" />
            <source>cancelled</source>
            <translation type="unfinished">avbruten</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="93" />
            <source>{who}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="102" />
            <location filename="../../accountregistry/gui/documents.py" line="124" />
            <location filename="../../accountregistry/gui/documents.py" line="148" />
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="104" />
            <location filename="../../accountregistry/gui/documents.py" line="150" />
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="113" />
            <source>Offboarding of {leaver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="114" />
            <source>not chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="117" />
            <location filename="../../accountregistry/gui/documents.py" line="221" />
            <source>Last working day: {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="118" />
            <location filename="../../accountregistry/gui/documents.py" line="223" />
            <source>Successor: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="119" />
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="120" />
            <source>{settled} of {total} items settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="125" />
            <source>Printed on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="128" />
            <source>What stands in the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="131" />
            <location filename="../../accountregistry/gui/documents.py" line="270" />
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="132" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="132" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="132" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="133" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="139" />
            <location filename="../../accountregistry/gui/documents.py" line="276" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="143" />
            <source>Open, overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="164" />
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="165" />
            <source>– still the leaver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="168" />
            <source>{name} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="177" />
            <source>No checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="183" />
            <source>No handover terms agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="186" />
            <source>(agreed {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="194" />
            <source>The company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="195" />
            <source>Nobody recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="201" />
            <source>No: the leaver is still {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="204" />
            <source>No: 1 item open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="206" />
            <source>No: {count} items open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="207" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="217" />
            <source>not chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="218" />
            <source>Leaver: {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="220" />
            <source>Position: {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="224" />
            <source>Offboarding {number}: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="227" />
            <source>Closed on {when} by {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="234" />
            <source>Handover confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="236" />
            <source>the company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="237" />
            <source>This confirms what became of each social media account {leaver} held or administered for {organisation}. The company's pages, groups and accounts stay with the company; personal profiles remain their holder's own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="245" />
            <source>Not everything is settled yet ({count} accounts still open). Sign once every account is settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="250" />
            <source>Accounts ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="251" />
            <source>Account</source>
            <translation type="unfinished">Konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="251" />
            <location filename="../../accountregistry/gui/documents.py" line="267" />
            <source>Agreed outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="252" />
            <source>Settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="257" />
            <source>The leaver held or administered no account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="266" />
            <source>Kind</source>
            <translation type="unfinished">Typ</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="268" />
            <source>Held by now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="269" />
            <source>Administered by now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="280" />
            <source>Handover confirmation for {leaver}, offboarding {number}, last working day {day}: {count} accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="290" />
            <source>By signing, both confirm that the accounts listed in this confirmation are settled as described, and that the leaver keeps no access to the company's accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="293" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="293" />
            <source>Signature:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="294" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="295" />
            <source>Leaver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="296" />
            <source>For the company (HR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="346" />
            <source>{path} is a folder; give the path of a PDF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="349" />
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="354" />
            <location filename="../../accountregistry/gui/documents.py" line="373" />
            <source>Cannot write {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/documents.py" line="369" />
            <source>Cannot write {path}: the PDF could not be made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportReportDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="86" />
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="196" />
            <source>Export the ownership report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="88" />
            <source>One row per account, with its holder, administrators, login, two-factor sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, and Import reads it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="94" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="95" />
            <source>The file to write; type a name or choose one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="97" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="98" />
            <source>Choose the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="99" />
            <source>Choose the file in a file dialog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="107" />
            <source>Problem with the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="110" />
            <source>Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="111" />
            <source>Comma ( , ) for English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="112" />
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="114" />
            <source>Delimiter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="115" />
            <source>The character between cells. The spreadsheet on this computer expects the one chosen first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="119" />
            <source>Only the accounts &amp;shown (current filters: {count} accounts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="121" />
            <source>The accounts &amp;shown ({count} accounts; no filter is set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="123" />
            <source>Only the accounts shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="124" />
            <source>&amp;All accounts ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="125" />
            <source>All accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="136" />
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="140" />
            <source>&amp;Delimiter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="143" />
            <source>Accounts:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="146" />
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="151" />
            <source>Export status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="162" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="163" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="166" />
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="276" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="197" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="202" />
            <source>Replace the file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="203" />
            <source>{path} exists already. Replace it with the new report?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="242" />
            <source>Give the name of the file to write the report to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="249" />
            <source>Reading {count} accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="265" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="276" />
            <source>Close</source>
            <translation type="unfinished">Stäng</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="284" />
            <source>Writing {done} of {total} accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="293" />
            <source>account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="293" />
            <source>accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="294" />
            <source>Exported {count} {noun} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="300" />
            <source>Not exported. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="302" />
            <source>The export failed unexpectedly; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/export_report.py" line="307" />
            <source>The export was cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverTermsDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="51" />
            <source>Handover terms: {platform} {handle}</source>
            <translation>Överlämningsvillkor: {platform} {handle}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="54" />
            <source>{platform} {presence} “{handle}”</source>
            <translation>{platform}-{presence} ”{handle}”</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="57" />
            <source>{account} — {display_name}</source>
            <translation>{account} – {display_name}</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="59" />
            <source>{account} ({kind})</source>
            <translation>{account} ({kind})</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="73" />
            <source>What happens to followers, the network and groups built for the company</source>
            <translation>Vad som händer med följare, nätverket och grupper som byggts upp för företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="75" />
            <source>What happens to posts, messages and media</source>
            <translation>Vad som händer med inlägg, meddelanden och media</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="77" />
            <source>blank = none agreed</source>
            <translation>tomt = inget överenskommet</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="79" />
            <source>Agreed by the holder</source>
            <translation>Godkänt av innehavaren</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="82" />
            <source>Name of who signed for the company</source>
            <translation>Namn på den som skrev under för företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="86" />
            <source>&amp;Disposition</source>
            <translation>&amp;Vid avgång</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="87" />
            <source>&amp;Successor</source>
            <translation>&amp;Efterträdare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="88" />
            <source>&amp;Followers, network and groups</source>
            <translation>&amp;Följare, nätverk och grupper</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="89" />
            <source>&amp;Content</source>
            <translation>&amp;Innehåll</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="90" />
            <source>&amp;Notice (days)</source>
            <translation>Var&amp;sel (dagar)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="91" />
            <source>A&amp;greed on</source>
            <translation>Överenskommet &amp;den</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="93" />
            <source>Agreed for the company &amp;by</source>
            <translation>&amp;Undertecknat för företaget av</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/handover_terms.py" line="100" />
            <source>Save as new version</source>
            <translation>Spara som ny version</translation>
        </message>
    </context>
    <context>
        <name>ImportAccountsDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="182" />
            <source>Import accounts from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="187" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="192" />
            <source>{action} rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="201" />
            <source>What the import says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="206" />
            <source>Notes about the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="210" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="212" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="221" />
            <source>Rows of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="241" />
            <source>The chosen row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="246" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="250" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="251" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="252" />
            <source>Import only the &amp;valid rows…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="254" />
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="290" />
            <source>Import only the valid rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="255" />
            <source>Leave out the rows in error and import the others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="257" />
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="390" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="281" />
            <source>Checking {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="291" />
            <source>Import {importing} rows and leave out the {skipped} rows in error? The rows left out are not imported; correct them in the file and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="304" />
            <source>{name}: {rows} rows. Nothing is written until you press Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="308" />
            <source>{action}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="314" />
            <source>All rows ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="316" />
            <source>{action} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="323" />
            <source>Columns this registry does not know are left out: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="326" />
            <source>Columns the registry computes itself are not read: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="329" />
            <source>{count} people not yet in the registry will be added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="337" />
            <source>{count} rows cannot be imported; the first is line {line}: {reason} Correct the file and check it again, or import only the valid rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="341" />
            <source>Nothing to import: every account in the file is already in the registry as the file has it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="367" />
            <source>Line {line}: {action}, {account}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="382" />
            <source>Disabled: {count} rows are in error. Correct them, or import only the valid rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="385" />
            <source>Write the new and changed accounts to the registry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="390" />
            <source>Close</source>
            <translation type="unfinished">Stäng</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="411" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="421" />
            <source>Cancelling; nothing will be written…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="440" />
            <source>Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="445" />
            <source>{count} people added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="447" />
            <source>{count} roles granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="449" />
            <source>{count} handover terms recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="451" />
            <source>{count} rows in error left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="462" />
            <source>{name} cannot be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="470" />
            <source>The import failed unexpectedly; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="477" />
            <source>The import was cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="58" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="59" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="60" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="61" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="64" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="65" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="66" />
            <source>Account</source>
            <translation type="unfinished">Konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/import_accounts.py" line="67" />
            <source>What changes, or why the row cannot be imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LastDayDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="99" />
            <source>Change the last working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="100" />
            <source>Open items move with the last working day; done and waived items keep their dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="101" />
            <source>&amp;Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="104" />
            <source>&amp;Last working day</source>
            <translation type="unfinished">Sista a&amp;rbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="105" />
            <source>Last working day</source>
            <translation type="unfinished">Sista arbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="115" />
            <source>The last working day is required.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LeaversPanel</name>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="39" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="41" />
            <source>{days} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="43" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="45" />
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="46" />
            <source>in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="51" />
            <source>1 account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="53" />
            <source>{count} accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="55" />
            <source>1 open item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="56" />
            <source>{count} open items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="58" />
            <source>1 role held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="59" />
            <source>{count} roles held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="69" />
            <source>People leaving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="74" />
            <source>in the next {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="75" />
            <source>Leaving &amp;within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="77" />
            <source>Leaving within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="82" />
            <source>People leaving with accounts unsettled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83" />
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="83" />
            <source>Unsettled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="84" />
            <source>Offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="90" />
            <source>Click a person, or press Enter, to see their offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="139" />
            <source>started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="139" />
            <source>not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="150" />
            <source>{count} people leave within {days} days with accounts unsettled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="152" />
            <source>1 person leaves within {days} days with accounts unsettled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/leavers_panel.py" line="155" />
            <source>No one leaves within {days} days with anything unsettled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="38" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="38" />
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="39" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="39" />
            <source>Offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="83" />
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="93" />
            <source>{view} (Ctrl+{number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="113" />
            <source>Database: {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="114" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="117" />
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="122" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="123" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="129" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="216" />
            <source>Loading the registry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="251" />
            <source>The registry could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="253" />
            <source>The registry could not be read.

{error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="257" />
            <source>Reading the registry failed unexpectedly. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="290" />
            <source>Create the sample organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/main_window.py" line="293" />
            <source>Created {organisation}: {accounts} accounts and {people} people.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Offboarding</name>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="45" />
            <source>Upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="46" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="47" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="48" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="51" />
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="277" />
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="285" />
            <source>Open</source>
            <translation type="unfinished">Öppna</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="52" />
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="280" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="53" />
            <source>Waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="70" />
            <source>{settled} of {total} settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="91" />
            <source>Leaver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="91" />
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="92" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="106" />
            <source>{group} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="115" />
            <source>none</source>
            <translation type="unfinished">ingen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="126" />
            <source>{progress}, {count} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="220" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="220" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="221" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="221" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="238" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="251" />
            <source>Ticking it hands the leaver's roles on this account to the successor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="277" />
            <source>Open, overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="279" />
            <source>Waived: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="286" />
            <source>{status} by {who} on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="290" />
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/offboarding_model.py" line="292" />
            <source>Note: {note}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OffboardingView</name>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="135" />
            <source>&amp;Start offboarding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="136" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="343" />
            <source>Start offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="137" />
            <source>Start an offboarding for someone who is leaving (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="141" />
            <source>Offboardings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="155" />
            <source>&amp;Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="180" />
            <source>Change las&amp;t day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="181" />
            <source>Change the last working day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="186" />
            <source>Not chosen yet: type a name or email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="187" />
            <source>Set s&amp;uccessor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="188" />
            <source>Set successor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="189" />
            <source>Open items for the successor follow the new choice; an empty field clears it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="200" />
            <source>Last working day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="202" />
            <source>Succ&amp;essor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="204" />
            <source>Successor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="211" />
            <source>Blockers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="213" />
            <source>Why the offboarding cannot be closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="219" />
            <source>Assigned to &amp;me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="220" />
            <source>Only items assigned to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="221" />
            <source>Chec&amp;klist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="226" />
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="227" />
            <source>Space ticks the current item done, or reopens a settled one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="258" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="606" />
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="258" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="259" />
            <source>Tick the current item done (Space in the checklist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="260" />
            <source>Done with &amp;note…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="260" />
            <source>Done with a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="261" />
            <source>&amp;Waive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="261" />
            <source>Waive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="262" />
            <source>Settle the item without doing it; a reason is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="263" />
            <source>Re&amp;open item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="263" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="628" />
            <source>Reopen item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="264" />
            <source>C&amp;lose case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="264" />
            <source>Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="265" />
            <source>Close the offboarding once every item is settled and the leaver holds no role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="267" />
            <source>&amp;Reopen case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="267" />
            <source>Reopen case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268" />
            <source>Cancel c&amp;ase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="268" />
            <source>Cancel case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="269" />
            <source>The person stays after all; the case is kept, marked cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="270" />
            <source>E&amp;xport CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="270" />
            <source>Export CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="271" />
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272" />
            <source>Save as PD&amp;F…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="272" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="273" />
            <source>&amp;Handover confirmation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="273" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="868" />
            <source>Handover confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="274" />
            <source>A PDF listing every account with its outcome, for the leaver and the company to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="302" />
            <source>Choose an offboarding from the list, or start one for someone who is leaving. The checklist is made from the accounts they hold and administer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="450" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="856" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="891" />
            <source>Offboarding of {leaver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="453" />
            <source>Closed on {when} by {who}. {progress}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="456" />
            <source>Cancelled: {reason}. Reopen it to work on it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="459" />
            <source>Open: {progress}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="461" />
            <source>Reopened: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="479" />
            <source>What stands in the way ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="506" />
            <source>Items assigned to {name}{department}: you are recorded as {actor}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="509" />
            <source>No one in the registry matches {actor}, the name you are recorded as; only items assigned to a function called {actor} are yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="529" />
            <source>No item of this offboarding is assigned to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="569" />
            <source>Ticking it hands the leaver's roles on this account to the successor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="594" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="607" />
            <source>Done: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="605" />
            <source>Done, with a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="605" />
            <source>&amp;Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="614" />
            <source>Waive item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="614" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="725" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="739" />
            <source>&amp;Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="614" />
            <source>&amp;Waive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="615" />
            <source>Say why this item is waived; a waived item needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="617" />
            <source>Waived: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="625" />
            <source>Roles the handover moved stay where they are; move them back on the account if needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="628" />
            <source>&amp;Reason (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="629" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="725" />
            <source>&amp;Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="631" />
            <source>Reopened: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="666" />
            <source>No one in the registry matches “{text}”; choose a person from the list.</source>
            <translation type="unfinished">Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="675" />
            <source>The successor is set; open items for the successor follow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="689" />
            <source>The last working day is changed; open items moved with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="705" />
            <source>The offboarding of {leaver} is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="711" />
            <source>The offboarding cannot be closed yet: {count} things remain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="712" />
            <source>The offboarding cannot be closed yet: 1 thing remains.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="722" />
            <source>Reopen the offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="723" />
            <source>The offboarding of {leaver} opens again, and they are recorded as leaving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="726" />
            <source>Say why you reopen this offboarding; a reason is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="728" />
            <source>The offboarding is open again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="735" />
            <source>Cancel the offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="736" />
            <source>Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, and {leaver} is recorded as employed again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="739" />
            <source>Cancel the &amp;offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="740" />
            <source>Say why you cancel this offboarding; a reason is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="742" />
            <source>The offboarding is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="780" />
            <source>The offboarding is started; the person is recorded as leaving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="795" />
            <source>Print the checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="815" />
            <source>Export the checklist as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="816" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="858" />
            <source>Offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="817" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="822" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="830" />
            <source>Exporting failed unexpectedly: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="839" />
            <source>The checklist is exported to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="857" />
            <source>Save the checklist as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="859" />
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="869" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="866" />
            <source>Handover confirmation: {leaver}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="867" />
            <source>Save the handover confirmation as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="883" />
            <source>Saved {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/offboarding_view.py" line="893" />
            <source>The checklist is sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="49" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="50" />
            <source>Work email</source>
            <translation>E-post (arbete)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="52" />
            <source>Department</source>
            <translation>Avdelning</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="54" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="55" />
            <source>Employment status</source>
            <translation>Anställningsstatus</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="57" />
            <source>Last working day</source>
            <translation>Sista arbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="59" />
            <source>Manager</source>
            <translation>Chef</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="61" />
            <source>Accounts held</source>
            <translation>Konton som innehavare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/models/people_model.py" line="62" />
            <source>Active roles</source>
            <translation>Aktiva roller</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="86" />
            <source>Filter by name, email, department or title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="88" />
            <source>Filter people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="90" />
            <source>Employment status</source>
            <translation type="unfinished">Anställningsstatus</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="91" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="94" />
            <source>&amp;Add person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="95" />
            <source>Add person</source>
            <translation type="unfinished">Lägg till person</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="96" />
            <source>&amp;Edit person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="97" />
            <source>Edit person</source>
            <translation type="unfinished">Redigera person</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="99" />
            <source>Start &amp;offboarding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="100" />
            <source>Start offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="101" />
            <source>Start an offboarding for the selected person: their last working day, a successor, and the checklist of their accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="104" />
            <source>&amp;Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="115" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="131" />
            <source>Platform</source>
            <translation type="unfinished">Plattform</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="131" />
            <source>Presence</source>
            <translation type="unfinished">Form</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="131" />
            <source>Handle</source>
            <translation type="unfinished">Användarnamn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="132" />
            <source>Display name</source>
            <translation type="unfinished">Visningsnamn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="132" />
            <source>Kind</source>
            <translation type="unfinished">Typ</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="132" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="133" />
            <location filename="../../accountregistry/gui/views/people_view.py" line="136" />
            <location filename="../../accountregistry/gui/views/people_view.py" line="195" />
            <source>Accounts held</source>
            <translation type="unfinished">Konton som innehavare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="134" />
            <source>Account</source>
            <translation type="unfinished">Konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="134" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="134" />
            <source>Granted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="135" />
            <source>Revoked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="135" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="135" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="135" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="138" />
            <location filename="../../accountregistry/gui/views/people_view.py" line="196" />
            <source>Roles, active and past</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="202" />
            <source>Accounts held by {name} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="204" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="208" />
            <source>Roles of {name}: {active} active, {past} past</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="211" />
            <source>active</source>
            <translation type="unfinished">aktiv</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/people_view.py" line="211" />
            <source>revoked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="45" />
            <source>Add person</source>
            <translation>Lägg till person</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="45" />
            <source>Edit person</source>
            <translation>Redigera person</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="56" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="57" />
            <source>No last working day</source>
            <translation>Ingen sista arbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="69" />
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="70" />
            <source>&amp;Work email</source>
            <translation>&amp;E-post på jobbet</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="71" />
            <source>&amp;Department</source>
            <translation>&amp;Avdelning</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="72" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="73" />
            <source>&amp;Employment status</source>
            <translation>Anställnings&amp;status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="74" />
            <source>&amp;Last working day</source>
            <translation>Sista a&amp;rbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/person.py" line="78" />
            <source>&amp;Manager</source>
            <translation>&amp;Chef</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../accountregistry/gui/widgets/person_picker.py" line="58" />
            <source>Type a name or email</source>
            <translation>Skriv namn eller e-post</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/person_picker.py" line="98" />
            <source>No one in the registry matches “{text}”; choose a person from the list.</source>
            <translation>Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/preferences.py" line="22" />
            <source>Preferences</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/preferences.py" line="26" />
            <source>As the system ({language})</source>
            <translation>Som systemet ({language})</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/preferences.py" line="31" />
            <source>Pseudo (for checking layouts)</source>
            <translation>Pseudo (för att kontrollera layouten)</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/preferences.py" line="36" />
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/preferences.py" line="37" />
            <source>The new language is used the next time Account Registry starts.</source>
            <translation>Det nya språket används nästa gång Account Registry startar.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/preferences.py" line="44" />
            <source>While the environment variable {variable} is set (now to “{value}”), it decides the language instead.</source>
            <translation>Så länge miljövariabeln {variable} är satt (nu till ”{value}”) är det den som bestämmer språket.</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="235" />
            <source>&amp;OK</source>
            <translation>&amp;Ok</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="236" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="237" />
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="238" />
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="239" />
            <source>Close without Saving</source>
            <translation>Stäng utan att spara</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="240" />
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="241" />
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="242" />
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="243" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="244" />
            <source>&amp;Paste</source>
            <translation>Klistra &amp;in</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="245" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="246" />
            <source>Select All</source>
            <translation>Markera alla</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="255" />
            <source>Show Details...</source>
            <translation>Visa detaljer...</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="256" />
            <source>Hide Details...</source>
            <translation>Dölj detaljer...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="217" />
            <source>OK</source>
            <translation>Ok</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="218" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="219" />
            <source>Save All</source>
            <translation>Spara allt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="220" />
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="221" />
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="222" />
            <source>Yes to &amp;All</source>
            <translation>Ja till &amp;allt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="223" />
            <source>&amp;No</source>
            <translation>&amp;Nej</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="224" />
            <source>N&amp;o to All</source>
            <translation>N&amp;ej till allt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="225" />
            <source>Abort</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="226" />
            <source>Retry</source>
            <translation>Försök igen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="227" />
            <source>Ignore</source>
            <translation>Ignorera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="228" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="229" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="230" />
            <source>Discard</source>
            <translation>Förkasta</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="231" />
            <source>Help</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="232" />
            <source>Apply</source>
            <translation>Verkställ</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="233" />
            <source>Reset</source>
            <translation>Nollställ</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="234" />
            <source>Restore Defaults</source>
            <translation>Nollställ till standard</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="247" />
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="248" />
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="249" />
            <source>Cu&amp;t</source>
            <translation>Klipp &amp;ut</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="250" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopiera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="251" />
            <source>&amp;Paste</source>
            <translation>Klistra &amp;in</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="252" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="253" />
            <source>Select All</source>
            <translation>Markera alla</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/i18n.py" line="254" />
            <source>Copy &amp;Link Location</source>
            <translation>Kopiera &amp;länkplats</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="89" />
            <source>A reason is required.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterAccountDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="565" />
            <source>Register account</source>
            <translation>Registrera konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="568" />
            <source>Record handover terms now</source>
            <translation>Registrera överlämningsvillkor nu</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="576" />
            <source>Agreed by the holder</source>
            <translation>Godkänt av innehavaren</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="578" />
            <source>On departure</source>
            <translation>Vid avgång</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="579" />
            <source>Agreed on</source>
            <translation>Överenskommet den</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="586" />
            <source>&amp;Register</source>
            <translation>&amp;Registrera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="650" />
            <source>Handover terms not saved</source>
            <translation>Överlämningsvillkoren sparades inte</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="651" />
            <source>The account was registered, but its handover terms were not saved: {error}

Add them in the account's Handover terms tab.</source>
            <translation>Kontot registrerades, men dess överlämningsvillkor sparades inte: {error}

Lägg till dem på kontots flik Överlämningsvillkor.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="655" />
            <source>Already registered</source>
            <translation>Redan registrerat</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="656" />
            <source>{message}

Open the existing record instead?</source>
            <translation>{message}

Vill du öppna det befintliga i stället?</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/register_account.py" line="659" />
            <source>Open existing</source>
            <translation>Öppna befintligt</translation>
        </message>
    </context>
    <context>
        <name>ReviewNoteDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="97" />
            <source>&amp;Note (what needs changing):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="97" />
            <source>&amp;Note (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="99" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="108" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="120" />
            <source>Write what needs changing, so that whoever changes it knows.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewRoundDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="177" />
            <source>Review round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="179" />
            <source>The accounts whose review is due. Confirm each record that is still true as it is; flag for change what is not, with a note saying what.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="182" />
            <source>&amp;Holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="183" />
            <source>Group by holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="184" />
            <source>Responsible &amp;unit</source>
            <translation type="unfinished">Ansvarig &amp;enhet</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="185" />
            <source>Group by responsible unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="191" />
            <source>Group by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="197" />
            <source>Accounts due for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="198" />
            <source>Account</source>
            <translation type="unfinished">Konto</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="198" />
            <source>Last reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="198" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="199" />
            <source>This round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="211" />
            <source>Review round summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="214" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="218" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="221" />
            <source>&amp;Confirm as is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="222" />
            <source>Confirm as is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="223" />
            <source>Mark the selected accounts reviewed today: their records are true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="224" />
            <source>&amp;Flag for change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="225" />
            <source>Flag for change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="226" />
            <source>Note what is no longer true about the selected accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="227" />
            <source>E&amp;xport checklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="228" />
            <source>Export checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="229" />
            <source>Write the round as a CSV checklist to tick off on paper or in a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="231" />
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="232" />
            <source>Close</source>
            <translation type="unfinished">Stäng</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="268" />
            <source>Export the review checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="269" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="282" />
            <source>Finding the accounts due for review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="290" />
            <source>{group} ({count} due)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="297" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="309" />
            <source>{count} accounts are due for review, in {groups} groups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="314" />
            <source>No account is due for review. Every record was confirmed within its review interval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="350" />
            <source>Confirmed ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="360" />
            <source>Flagged for change: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="370" />
            <source>Confirmed {count} accounts as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="371" />
            <source>Flagged {count} accounts for change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="373" />
            <source>Stopped: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="375" />
            <source>Cancelled before the other {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="382" />
            <source>Recording the reviews…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="397" />
            <source>Wrote the checklist of {count} accounts to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="401" />
            <source>Writing the checklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="407" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/review_round.py" line="437" />
            <source>That failed unexpectedly; nothing more was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Risk</name>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="13" />
            <source>No admin</source>
            <translation>Ingen administratör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="15" />
            <source>Nobody holds an active owner or admin role, so nobody can manage the account or add a new administrator.</source>
            <translation>Ingen har en aktiv roll som ägare eller administratör, så ingen kan hantera kontot eller lägga till en ny administratör.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="18" />
            <source>Find who still has access and record them as owner or admin; if nobody has, ask the platform's support to restore access now, before anyone else claims it.</source>
            <translation>Ta reda på vem som fortfarande har åtkomst och registrera personen som ägare eller administratör; om ingen har det, be plattformens support att återställa åtkomsten nu, innan någon annan gör anspråk på kontot.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="22" />
            <source>Single admin</source>
            <translation>Bara en administratör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="24" />
            <source>Only one person holds an owner or admin role; if they leave or lose access, the account is orphaned.</source>
            <translation>Bara en person har en roll som ägare eller administratör; om personen slutar eller förlorar åtkomsten står kontot utan administratör.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="27" />
            <source>Grant a second person the owner or admin role.</source>
            <translation>Ge ytterligare en person rollen som ägare eller administratör.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="29" />
            <source>Leaver holds a role</source>
            <translation>Avgående har en roll</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="31" />
            <source>Someone who is leaving or has left still holds an active role on the account.</source>
            <translation>Någon som håller på att sluta eller har slutat har fortfarande en aktiv roll på kontot.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="34" />
            <source>Hand the role over to a successor and revoke the leaver's role, or settle it in the person's offboarding.</source>
            <translation>Lämna över rollen till en efterträdare och återkalla rollen för den som slutar, eller reda ut det i personens avslut.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="37" />
            <source>Private login</source>
            <translation>Privat inloggning</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="39" />
            <source>The account logs in with an email address outside the company's domains, so whoever owns that address controls the account.</source>
            <translation>Kontot loggar in med en e-postadress utanför företagets domäner, så den som äger adressen har kontrollen över kontot.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="42" />
            <source>Change the account's login email to a company address, such as a shared communications mailbox.</source>
            <translation>Byt kontots inloggningsadress till en adress i företaget, till exempel en gemensam brevlåda för kommunikation.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="45" />
            <source>No handover terms</source>
            <translation>Inga överlämningsvillkor</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="47" />
            <source>Nothing is agreed about what happens to the account, its followers and its content when its holder or an administrator leaves.</source>
            <translation>Inget är överenskommet om vad som händer med kontot, dess följare och dess innehåll när innehavaren eller en administratör slutar.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="50" />
            <source>Agree handover terms with the holder and record them, with the date.</source>
            <translation>Kom överens om överlämningsvillkor med innehavaren och registrera dem med datum.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="52" />
            <source>Password not changed</source>
            <translation>Lösenordet inte bytt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="54" />
            <source>An administrator's role was revoked after the stored password was last changed, so someone who left may still know it.</source>
            <translation>En administratörs roll återkallades efter att det sparade lösenordet senast byttes, så någon som har slutat kan fortfarande känna till det.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="57" />
            <source>Change the account's password and recovery codes, and store the new ones.</source>
            <translation>Byt kontots lösenord och återställningskoder, och spara de nya.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="60" />
            <source>No two-factor</source>
            <translation>Ingen tvåfaktor</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="62" />
            <source>The account has no two-factor sign-in, or nobody has recorded whether it has.</source>
            <translation>Kontot har ingen tvåfaktorsinloggning, eller så har ingen registrerat om det har det.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="65" />
            <source>Turn on two-factor sign-in with an authenticator app, security key or passkey, and record the method.</source>
            <translation>Slå på tvåfaktorsinloggning med en autentiseringsapp, säkerhetsnyckel eller lösennyckel, och registrera metoden.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="68" />
            <source>Owner unknown</source>
            <translation>Ägare okänd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="70" />
            <source>It is not recorded whether the account is the company's, an employee role or someone's personal profile, or whose profile it is.</source>
            <translation>Det är inte registrerat om kontot är företagets, en medarbetarroll eller någons personliga profil, eller vems profil det är.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="73" />
            <source>Set the account's kind and, for an employee-role or personal account, its holder.</source>
            <translation>Ange kontots typ och, för en medarbetarroll eller ett personligt konto, dess innehavare.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="76" />
            <source>Review overdue</source>
            <translation>Granskning försenad</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="78" />
            <source>Nobody has confirmed within the review interval that the account's record is still true.</source>
            <translation>Ingen har inom granskningsintervallet bekräftat att uppgifterna om kontot fortfarande stämmer.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="81" />
            <source>Review the account: check its administrators, login and terms, then mark it reviewed.</source>
            <translation>Granska kontot: kontrollera dess administratörer, inloggning och villkor och markera det sedan som granskat.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="84" />
            <source>low</source>
            <translation>låg</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="86" />
            <source>medium</source>
            <translation>medel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/core_texts.py" line="88" />
            <source>high</source>
            <translation>hög</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="216" />
            <source>Replace: {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="217" />
            <source>Store: {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="218" />
            <source>It is stored in the operating system's keyring, never in the registry's database. Replacing it counts as rotating the login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="235" />
            <source>&amp;New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="236" />
            <source>&amp;Type it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="244" />
            <source>Save</source>
            <translation type="unfinished">Spara</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="246" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="272" />
            <source>{field} is empty; type or paste it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="274" />
            <source>{field} is too long (at most {count} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="277" />
            <source>The two passwords are not the same; type them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartOffboardingWizard</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="266" />
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="274" />
            <source>Start offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="270" />
            <source>&amp;Next: see the checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="271" />
            <source>&amp;Start offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="272" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="273" />
            <source>Next: see the checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="275" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="15" />
            <source>company</source>
            <translation>företag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="16" />
            <source>employee role</source>
            <translation>medarbetarroll</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="17" />
            <source>personal</source>
            <translation>personlig</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="18" />
            <source>profile</source>
            <translation>profil</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="19" />
            <source>page</source>
            <translation>sida</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="20" />
            <source>group</source>
            <translation>grupp</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="21" />
            <source>channel</source>
            <translation>kanal</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="23" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="24" />
            <source>dormant</source>
            <translation>vilande</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="25" />
            <source>archived</source>
            <translation>arkiverad</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="26" />
            <source>closed</source>
            <translation>stängd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="27" />
            <source>cancelled</source>
            <translation>avbruten</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="28" />
            <source>open</source>
            <translation>öppen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="29" />
            <source>done</source>
            <translation>klar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="30" />
            <source>waived</source>
            <translation>undantagen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="32" />
            <source>owner</source>
            <translation>ägare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="33" />
            <source>admin</source>
            <translation>administratör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="34" />
            <source>editor</source>
            <translation>redaktör</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="35" />
            <source>moderator</source>
            <translation>moderator</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="36" />
            <source>analyst</source>
            <translation>analytiker</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="38" />
            <source>transfer to successor</source>
            <translation>överlämna till efterträdare</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="39" />
            <source>transfer to company</source>
            <translation>överlämna till företaget</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="40" />
            <source>holder keeps</source>
            <translation>innehavaren behåller det</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="41" />
            <source>archive</source>
            <translation>arkivera</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="42" />
            <source>close</source>
            <translation>stäng</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="44" />
            <source>unknown</source>
            <translation>okänd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="45" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="46" />
            <source>authenticator app</source>
            <translation>autentiseringsapp</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="47" />
            <source>security key</source>
            <translation>säkerhetsnyckel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="48" />
            <source>passkey</source>
            <translation>lösennyckel</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="49" />
            <source>sms</source>
            <translation>sms</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="50" />
            <source>email</source>
            <translation>e-post</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="52" />
            <source>employed</source>
            <translation>anställd</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="53" />
            <source>leaving</source>
            <translation>slutar</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="54" />
            <source>left</source>
            <translation>har slutat</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/formatting.py" line="55" />
            <source>external</source>
            <translation>extern</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="77" />
            <source>This registry is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="78" />
            <source>Register accounts one by one from the Accounts view, import them from a spreadsheet, or start from an example. The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts and the problems real registries have: pages with a single admin, private logins, and leavers who still hold roles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="83" />
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="84" />
            <source>Create the sample organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="85" />
            <source>Import from CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="86" />
            <source>Import from CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="87" />
            <source>Import accounts from a spreadsheet saved as CSV; you see a preview before anything is written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="89" />
            <location filename="../../accountregistry/gui/views/dashboard_view.py" line="90" />
            <source>Start empty</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ActionDialog</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/offboarding_prompts.py" line="40" />
            <source>Cancel</source>
            <translation type="unfinished">Avbryt</translation>
        </message>
    </context>
    <context>
        <name>_FormPage</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="63" />
            <source>Who is leaving, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="64" />
            <source>The checklist is made from the accounts this person holds or administers. You see it before anything is created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="71" />
            <source>Optional: who takes over the roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="72" />
            <source>Show their &amp;offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="73" />
            <source>Show their offboarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="79" />
            <source>&amp;Person leaving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="81" />
            <source>&amp;Last working day</source>
            <translation type="unfinished">Sista a&amp;rbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="82" />
            <source>Last working day</source>
            <translation type="unfinished">Sista arbetsdag</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="83" />
            <source>Default s&amp;uccessor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="84" />
            <source>The successor receives the leaver's owner and admin roles when a handover item is ticked. You can choose or change them later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="120" />
            <source>No one in the registry matches “{text}”; choose a person from the list.</source>
            <translation type="unfinished">Ingen i registret matchar ”{text}”; välj en person i listan.</translation>
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="123" />
            <source>Choose the person who is leaving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="128" />
            <source>The last working day is required.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PreviewPage</name>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="173" />
            <source>The checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="178" />
            <source>Checklist preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179" />
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="179" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="189" />
            <source>Nothing is created until you press Start offboarding. Starting also records the person as leaving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="207" />
            <source>{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} items on {accounts} accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="210" />
            <source>{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. The checklist has {items} items on {accounts} accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="218" />
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="228" />
            <source>{title} (ticking it moves the roles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/dialogs/start_offboarding.py" line="233" />
            <source>{account} ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="321" />
            <source>Reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="322" />
            <source>Reveal {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="323" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="324" />
            <source>Copy {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="325" />
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="326" />
            <source>Delete {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../accountregistry/gui/widgets/credentials_section.py" line="334" />
            <source>{field}, revealed</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
