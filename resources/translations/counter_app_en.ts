<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="23"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="23"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="24"/>
        <source>entfernt</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="25"/>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="26"/>
        <source>Textbaustein</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="27"/>
        <source>Briefvorlage</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="28"/>
        <source>Verweisverzeichnis</source>
        <translation>Referral directory</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="34"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="34"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="35"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="35"/>
        <source>Hier geändert</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="36"/>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="43"/>
        <source>ja – bleibt, außer „Ersetzen“</source>
        <translation>yes – kept unless “Replace”</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="44"/>
        <source>folgt der Checkliste</source>
        <translation>follows the checklist</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="44"/>
        <source>Checklisten bearbeiten</source>
        <translation>Edit checklists</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="45"/>
        <source>Checklisten bearbeiten und veröffentlichen</source>
        <translation>Edit and publish checklists</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="60"/>
        <source>Anliegen (Checkliste)</source>
        <translation>Matter (checklist)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="61"/>
        <source>Stand des Entwurfs</source>
        <translation>Draft status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="63"/>
        <source>&amp;Anliegen:</source>
        <translation>&amp;Matter:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="69"/>
        <source>&amp;Punkte</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="72"/>
        <source>Anliegen und &amp;Gebühren</source>
        <translation>Matter and &amp;fees</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="74"/>
        <source>&amp;Versionen</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="75"/>
        <source>Meldung des Editors</source>
        <translation>Editor message</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="89"/>
        <source>Gruppen und Punkte der Checkliste</source>
        <translation>Checklist groups and items</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="98"/>
        <source>&amp;Gruppe hinzufügen</source>
        <translation>Add &amp;group</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="99"/>
        <source>P&amp;unkt hinzufügen</source>
        <translation>Add i&amp;tem</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="100"/>
        <source>Ent&amp;fernen</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="101"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="102"/>
        <source>Nach u&amp;nten</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="115"/>
        <source>Bitte links eine Gruppe oder einen Punkt wählen.</source>
        <translation>Please select a group or an item on the left.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="125"/>
        <source>Kommentar zur Veröffentlichung</source>
        <translation>Publishing comment</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="126"/>
        <source>Kommentar zur Veröffentlichung (was und warum)</source>
        <translation>Publishing comment (what and why)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="129"/>
        <source>P&amp;rüfen</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="130"/>
        <source>Entwurf &amp;verwerfen</source>
        <translation>Disca&amp;rd draft</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="131"/>
        <source>Ver&amp;öffentlichen …</source>
        <translation>&amp;Publish …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="132"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="184"/>
        <source>Änderungen werden gespeichert …</source>
        <translation>Saving changes …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="205"/>
        <source>Entwurf gespeichert ({0}), auf Grundlage von Version {1} – noch nicht veröffentlicht</source>
        <translation>Draft saved ({0}), based on version {1} – not published yet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="208"/>
        <source>Aktuelle Version {0}; Änderungen werden als Entwurf gespeichert</source>
        <translation>Current version {0}; changes are saved as a draft</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="259"/>
        <source>Die Checkliste ist gültig.</source>
        <translation>The checklist is valid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="270"/>
        <source>Es gibt keine Änderungen zum Veröffentlichen.</source>
        <translation>There are no changes to publish.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="273"/>
        <source>(keine inhaltlichen Änderungen)</source>
        <translation>(no changes to the content)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="274"/>
        <source>Veröffentlichen</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="275"/>
        <source>Diese Änderungen als neue Version veröffentlichen? Laufende Gespräche behalten ihre Version.

{0}</source>
        <translation>Publish these changes as a new version? Ongoing conversations keep their version.

{0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="285"/>
        <source>Neuere Version vorhanden</source>
        <translation>Newer version available</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="286"/>
        <source>{0}

Trotzdem veröffentlichen?</source>
        <translation>{0}

Publish anyway?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="300"/>
        <source>Version {0} veröffentlicht.</source>
        <translation>Version {0} published.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="303"/>
        <source>Keine Änderungen gegenüber Version {0}.</source>
        <translation>No changes compared with version {0}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="306"/>
        <source>Entwurf verwerfen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="307"/>
        <source>Alle nicht veröffentlichten Änderungen an diesem Anliegen verwerfen?</source>
        <translation>Discard all unpublished changes to this matter?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="314"/>
        <source>Entwurf verworfen.</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="323"/>
        <source>Bitte zuerst den deutschen Text eintragen.</source>
        <translation>Please enter the German text first.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="324"/>
        <source>Alle Sprachen sind ausgefüllt.</source>
        <translation>All languages are filled in.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="327"/>
        <source>Übersetze … (beim ersten Mal wird das Modell geladen)</source>
        <translation>Translating … (the model loads the first time)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="347"/>
        <source>Kein Übersetzungsmodell für {0} installiert. Bitte die Texte von Hand eintragen oder ein Modell installieren lassen (Extras → Übersetzungsmodelle).</source>
        <translation>No translation model installed for {0}. Please enter the texts by hand or have a model installed (Tools → Translation models).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="351"/>
        <source>Maschinell übersetzt (bitte prüfen): {0}.</source>
        <translation>Machine-translated (please review): {0}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/checklist_editor.py" line="352"/>
        <source> Ohne Modell: {0}.</source>
        <translation> No model: {0}.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="15"/>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="16"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="17"/>
        <source>Hinweis</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="19"/>
        <location filename="../../counter_app/ui/checklist_model.py" line="144"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="20"/>
        <source>liegt vor</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="21"/>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="22"/>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="30"/>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="30"/>
        <source>Status / Antwort</source>
        <translation>Status / answer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="31"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="146"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_model.py" line="146"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <location filename="../../counter_app/ui/client_screen.py" line="45"/>
        <location filename="../../counter_app/ui/client_screen.py" line="46"/>
        <source>Anzeige für die Kundin/den Kunden</source>
        <translation>Client screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/client_screen.py" line="51"/>
        <source>Text für die Kundin/den Kunden</source>
        <translation>Text for the client</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/client_screen.py" line="100"/>
        <source> (über {0})</source>
        <translation> (via {0})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/client_screen.py" line="101"/>
        <source>Maschinelle Übersetzung – kann Fehler enthalten</source>
        <translation>Machine translation – may contain errors</translation>
    </message>
</context>
<context>
    <name>ContentAuditDialog</name>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="41"/>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="42"/>
        <source>Änderungsprotokoll der Inhalte</source>
        <translation>Content change log</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="46"/>
        <source>Änderungen an Inhalten, neueste zuerst</source>
        <translation>Content changes, newest first</translation>
    </message>
</context>
<context>
    <name>ContentAuditModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="16"/>
        <source>Checkliste veröffentlicht</source>
        <translation>Checklist published</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="17"/>
        <source>Entwurf verworfen</source>
        <translation>Draft discarded</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="18"/>
        <source>Übersetzung geprüft</source>
        <translation>Translation reviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="19"/>
        <source>Inhaltspaket übernommen</source>
        <translation>Content pack applied</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="20"/>
        <source>Inhaltspaket exportiert</source>
        <translation>Content pack exported</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="21"/>
        <source>Anliegen zurückgezogen (Inhaltspaket)</source>
        <translation>Matter retired (content pack)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="22"/>
        <source>Briefvorlage hinzugefügt</source>
        <translation>Letter template added</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="23"/>
        <source>Briefvorlage ersetzt</source>
        <translation>Letter template replaced</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="24"/>
        <source>Briefvorlage zurückgezogen</source>
        <translation>Letter template retired</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="29"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="29"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="30"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="30"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/audit_view.py" line="31"/>
        <source>Einzelheiten</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="15"/>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="16"/>
        <source>Anliegen</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="18"/>
        <source>Zuletzt</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="31"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="31"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_list_model.py" line="39"/>
        <source>Gespräch Nr. {0}: {1}</source>
        <translation>Conversation no. {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="5"/>
        <source>Gespräch</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="8"/>
        <source>Kundin/Kunde und Anliegen</source>
        <translation>Client and matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="12"/>
        <source>&amp;Checkliste</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="17"/>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="20"/>
        <source>Einzelheiten zum Punkt</source>
        <translation>Item details</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="21"/>
        <source>&amp;Notiz zum Punkt:</source>
        <translation>&amp;Note on the item:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="22"/>
        <source>Notiz zum Punkt</source>
        <translation>Note on the item</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="27"/>
        <source>Gebühren</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="31"/>
        <source>&amp;Zusammenfassung</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/conversation_view.ui" line="33"/>
        <source>Zusammenfassung des Gesprächs</source>
        <translation>Conversation summary</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="60"/>
        <source>Liegt vor / Antwort 1</source>
        <translation>Present / answer 1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="60"/>
        <source>Fehlt / Antwort 2</source>
        <translation>Missing / answer 2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="61"/>
        <source>Entfällt / Antwort 3</source>
        <translation>Not applicable / answer 3</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="61"/>
        <source>Offen (zurücksetzen)</source>
        <translation>Open (reset)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="62"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="62"/>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_view.py" line="63"/>
        <source>Antwort {0}</source>
        <translation>Answer {0}</translation>
    </message>
</context>
<context>
    <name>DraftTreeModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="17"/>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="18"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="19"/>
        <source>Hinweis</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="23"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="23"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="24"/>
        <source>Bedingung</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="72"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="123"/>
        <source>Neue Gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/tree_model.py" line="132"/>
        <source>Neuer Punkt</source>
        <translation>New item</translation>
    </message>
</context>
<context>
    <name>FeeRulesModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="46"/>
        <source>Betrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="48"/>
        <source>Faktor (0–1)</source>
        <translation>Factor (0–1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="49"/>
        <source>Kennung</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="50"/>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="51"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="52"/>
        <source>Bedingung</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="105"/>
        <source>„{0}“ ist keine Zahl.</source>
        <translation>“{0}” is not a number.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="134"/>
        <source>Neue Regel</source>
        <translation>New rule</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="76"/>
        <source>Kennung der Gruppe</source>
        <translation>Group ID</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="77"/>
        <source>Titel der Gruppe</source>
        <translation>Group title</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="79"/>
        <source>&amp;Kennung:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="80"/>
        <source>&amp;Titel:</source>
        <translation>Tit&amp;le:</translation>
    </message>
</context>
<context>
    <name>InstalledModelsModel</name>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="17"/>
        <source>Sprachpaar</source>
        <translation>Language pair</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="18"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="18"/>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="20"/>
        <source>Paket</source>
        <translation>Package</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="18"/>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="18"/>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="19"/>
        <source>Hinweis</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="20"/>
        <source>Ja/Nein</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="20"/>
        <source>Auswahl</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="41"/>
        <source>Die Bedingung ist kein gültiges YAML ({0}).</source>
        <translation>The condition is not valid YAML ({0}).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="44"/>
        <source>Die Bedingung muss eine Zuordnung sein, z. B. {verheiratet: ja}.</source>
        <translation>The condition must be a mapping, e.g. {verheiratet: ja}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="63"/>
        <source>Antwort in Zeile {0}: bitte „kennung: Bezeichnung“ schreiben.</source>
        <translation>Answer in line {0}: please write “id: label”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="106"/>
        <source>Kennung des Punkts</source>
        <translation>Item ID</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="107"/>
        <source>Art des Punkts</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="110"/>
        <source>Antworttyp der Frage</source>
        <translation>Answer type of the question</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="113"/>
        <source>Antwortmöglichkeiten, je Zeile kennung: Bezeichnung</source>
        <translation>Possible answers, one per line as id: label</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="116"/>
        <source>Titel des Punkts</source>
        <translation>Item title</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="117"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="118"/>
        <source>Hilfetext für die Sachbearbeitung</source>
        <translation>Help text for clerks</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="121"/>
        <source>Bedingung (YAML), z. B. {married: yes}</source>
        <translation>Condition (YAML), e.g. {married: yes}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="122"/>
        <source>immer anzeigen – oder z. B. {married: yes}, {age: {lt: 18}}</source>
        <translation>always show – or e.g. {married: yes}, {age: {lt: 18}}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="123"/>
        <source>Hinweis zur Eingabe</source>
        <translation>Input hint</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="126"/>
        <source>&amp;Kennung:</source>
        <translation>I&amp;D:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="126"/>
        <source>&amp;Art:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="127"/>
        <source>Antwort&amp;typ:</source>
        <translation>&amp;Answer type:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="127"/>
        <source>Ant&amp;worten:</source>
        <translation>An&amp;swers:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="128"/>
        <source>&amp;Titel:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="128"/>
        <source>&amp;Rechtsgrundlage:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="129"/>
        <source>&amp;Hilfetext:</source>
        <translation>Help te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="129"/>
        <source>&amp;Bedingung:</source>
        <translation>&amp;Condition:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="139"/>
        <source>Texte für die Kundin/den Kunden</source>
        <translation>Texts for the client</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="145"/>
        <source>Kundentext {0}</source>
        <translation>Client text {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="148"/>
        <source>maschinell</source>
        <translation>machine-translated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="148"/>
        <source>{0}: maschinelle Übersetzung</source>
        <translation>{0}: machine translation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="156"/>
        <source>Fehlende Sprachen &amp;maschinell übersetzen</source>
        <translation>Machin&amp;e-translate missing languages</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/item_form.py" line="157"/>
        <source>Fehlende Sprachen maschinell übersetzen</source>
        <translation>Machine-translate missing languages</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="6"/>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="7"/>
        <source>Brief erstellen</source>
        <translation>Create letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="9"/>
        <source>Kundin/Kunde und Anliegen</source>
        <translation>Client and matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="18"/>
        <source>&amp;Vorlage:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="19"/>
        <source>Briefvorlage</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="22"/>
        <source>Beschreibung der Vorlage</source>
        <translation>Template description</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="25"/>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="26"/>
        <source>Angaben für diesen Brief</source>
        <translation>Details for this letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="30"/>
        <source>&amp;Höflichkeitsübersetzung beilegen</source>
        <translation>Attach &amp;courtesy translation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="30"/>
        <source>Höflichkeitsübersetzung beilegen</source>
        <translation>Attach courtesy translation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="31"/>
        <source>Ungeprüfte Übersetzungen erlauben</source>
        <translation>Allow unreviewed translations</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="31"/>
        <source>&amp;Ungeprüfte Übersetzungen erlauben (werden im Brief gekennzeichnet)</source>
        <translation>Allow &amp;unreviewed translations (marked in the letter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="32"/>
        <source>Hinweise zum Brief</source>
        <translation>Notes on the letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="33"/>
        <source>Gespeicherte &amp;Briefe zu diesem Gespräch:</source>
        <translation>Saved &amp;letters for this conversation:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="34"/>
        <source>Gespeicherte Briefe zu diesem Gespräch</source>
        <translation>Saved letters for this conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="39"/>
        <source>V&amp;orschau:</source>
        <translation>Pre&amp;view:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="40"/>
        <source>Vorschau des Briefs</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="47"/>
        <source>Brief ö&amp;ffnen</source>
        <translation>&amp;Open letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="47"/>
        <source>Gespeicherten Brief öffnen</source>
        <translation>Open the saved letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="48"/>
        <source>Als &amp;PDF exportieren</source>
        <translation>Export as &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="48"/>
        <source>Gespeicherten Brief als PDF exportieren</source>
        <translation>Export the saved letter as PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="50"/>
        <source>&amp;Speichern (Eingabe)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="50"/>
        <source>Brief speichern und beim Gespräch ablegen</source>
        <translation>Save the letter and file it with the conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="51"/>
        <source>Schließen (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/letter_dialog.ui" line="51"/>
        <source>Fenster schließen</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="118"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · Az. {1} · {2} · Sprache: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · File no. {1} · {2} · Language: {3}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="123"/>
        <source>Die Gesprächssprache ist Deutsch.</source>
        <translation>The conversation language is German.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="125"/>
        <source>&amp;Höflichkeitsübersetzung beilegen ({0})</source>
        <translation>Attach &amp;courtesy translation ({0})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="198"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="284"/>
        <source>; {0}</source>
        <translation>; {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="285"/>
        <source>&lt;b&gt;Frist:&lt;/b&gt; {0}, {1} ({2} Tage{3})</source>
        <translation>&lt;b&gt;Deadline:&lt;/b&gt; {0}, {1} ({2} days{3})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="290"/>
        <source>Ohne geprüfte Übersetzung, daher nicht in der Übersetzung:</source>
        <translation>No reviewed translation, so not in the translation:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="305"/>
        <source>Gespeichert: {0}. Eingabe öffnet den Brief, Esc schließt.</source>
        <translation>Saved: {0}. Enter opens the letter, Esc closes.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="340"/>
        <source>Brief öffnen</source>
        <translation>Open letter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="341"/>
        <source>Die Datei {0} gibt es nicht mehr.</source>
        <translation>The file {0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="350"/>
        <source>Als PDF exportieren</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="351"/>
        <source>Für den PDF-Export wird LibreOffice benötigt; es ist auf diesem Computer nicht installiert.
Der Brief ist als Word-Datei gespeichert und kann so geöffnet und gedruckt werden. Bitte wenden Sie sich an die IT, wenn Sie PDF-Dateien brauchen.</source>
        <translation>Exporting to PDF needs LibreOffice, which is not installed on this computer.
The letter is saved as a Word file and can be opened and printed as it is. Please contact IT if you need PDF files.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="355"/>
        <source>PDF wird erstellt …</source>
        <translation>Creating PDF …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="366"/>
        <source>PDF gespeichert: {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
</context>
<context>
    <name>LetterListModel</name>
    <message>
        <location filename="../../counter_app/ui/letter_dialog.py" line="61"/>
        <source> · PDF</source>
        <translation> · PDF</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="76"/>
        <source>bei jedem Anliegen</source>
        <translation>for every matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="79"/>
        <source>{0} (ganzes Anliegen)</source>
        <translation>{0} (whole matter)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="6"/>
        <source>Schalterassistent</source>
        <translation>Counter Assistant</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="16"/>
        <source>&lt;b&gt;Gespräche&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conversations&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="17"/>
        <source>Suche nach Name oder Aktenzeichen (Strg+F)</source>
        <translation>Search by name or file number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="17"/>
        <source>Gespräche suchen</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="18"/>
        <source>Gespräche filtern</source>
        <translation>Filter conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="19"/>
        <source>Liste der Gespräche</source>
        <translation>List of conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="20"/>
        <source>&amp;Neues Gespräch (Strg+N)</source>
        <translation>Ne&amp;w conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="20"/>
        <source>Neues Gespräch beginnen</source>
        <translation>Start a new conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/main_window.ui" line="24"/>
        <source>Wählen Sie links ein Gespräch zum Fortsetzen oder beginnen Sie mit Strg+N ein neues.</source>
        <translation>Select a conversation on the left to continue it, or start a new one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="28"/>
        <source>Offene Gespräche</source>
        <translation>Open conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="29"/>
        <source>Abgeschlossene Gespräche</source>
        <translation>Closed conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="30"/>
        <source>Alle Gespräche</source>
        <translation>All conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="39"/>
        <source>Schalterassistent – {0}</source>
        <translation>Counter Assistant – {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="67"/>
        <source>Verständigung</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="91"/>
        <source>&amp;Gespräch</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="92"/>
        <source>&amp;Neues Gespräch …</source>
        <translation>&amp;New conversation …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="93"/>
        <source>Neues Gespräch für &amp;diese Person …</source>
        <translation>New conversation for &amp;this person …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="95"/>
        <source>Gespräch &amp;suchen</source>
        <translation>&amp;Find conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="96"/>
        <source>Zur &amp;Checkliste</source>
        <translation>Go to &amp;checklist</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="97"/>
        <source>&amp;Zusammenfassung</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="98"/>
        <source>&amp;Brief erstellen …</source>
        <translation>Create &amp;letter …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="99"/>
        <source>&amp;Merkblatt für die Kundin/den Kunden drucken …</source>
        <translation>&amp;Print handout for the client …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="102"/>
        <source>Gespräch &amp;abschließen</source>
        <translation>Cl&amp;ose conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="104"/>
        <source>Gespräch wieder ö&amp;ffnen</source>
        <translation>&amp;Reopen conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="106"/>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="107"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="110"/>
        <source>&amp;Kundin/Kunde</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="111"/>
        <source>Text&amp;baustein suchen</source>
        <translation>Find &amp;phrase</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="112"/>
        <source>Auswahl auf der Kunden&amp;anzeige zeigen</source>
        <translation>Show selection on the client &amp;screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="113"/>
        <source>Kundenanzeige &amp;leeren / wieder zeigen</source>
        <translation>&amp;Blank / restore the client screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="114"/>
        <source>Kundenanzeige &amp;öffnen/schließen</source>
        <translation>&amp;Open/close the client screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="115"/>
        <source>Freien Text &amp;übersetzen</source>
        <translation>&amp;Translate free text</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="116"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="117"/>
        <source>Übersetzungs&amp;modelle …</source>
        <translation>Translation &amp;models …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="119"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="120"/>
        <source>Ü&amp;ber den Schalterassistenten</source>
        <translation>&amp;About Counter Assistant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="140"/>
        <source>{0} Gespräch(e)</source>
        <translation>{0} conversation(s)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="268"/>
        <source>Gespräch abschließen</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="269"/>
        <source>{0} Punkt(e) sind noch offen. Trotzdem abschließen?</source>
        <translation>{0} item(s) still open. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="319"/>
        <source>Über den Schalterassistenten</source>
        <translation>About Counter Assistant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/main_window.py" line="320"/>
        <source>Schalterassistent {0}
Datenordner: {1}</source>
        <translation>Counter Assistant {0}
Data folder: {1}</translation>
    </message>
</context>
<context>
    <name>MatterForm</name>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="17"/>
        <source>ungeprüft</source>
        <translation>unreviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="18"/>
        <source>geprüft</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="19"/>
        <source>maschinell</source>
        <translation>machine-translated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="155"/>
        <source>Titel des Anliegens</source>
        <translation>Matter title</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="156"/>
        <source>Englischer Titel des Anliegens</source>
        <translation>English title of the matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="157"/>
        <source>Rechtsgrundlage des Anliegens</source>
        <translation>Legal basis of the matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="158"/>
        <source>Beschreibung für die Sachbearbeitung</source>
        <translation>Description for clerks</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="159"/>
        <source>Quellen, je Zeile eine</source>
        <translation>Sources, one per line</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="160"/>
        <source>Nächste Schritte, je Zeile einer</source>
        <translation>Next steps, one per line</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="161"/>
        <source>Übersetzungsstand der Kundentexte</source>
        <translation>Translation status of the client texts</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="164"/>
        <source>Quelle der Gebühren</source>
        <translation>Source of the fees</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="167"/>
        <source>Hinweis zur Eingabe</source>
        <translation>Input hint</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="180"/>
        <source>&amp;Titel:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="180"/>
        <source>&amp;Englischer Titel:</source>
        <translation>&amp;English title:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="181"/>
        <source>&amp;Rechtsgrundlage:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="182"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="182"/>
        <source>&amp;Quellen:</source>
        <translation>&amp;Sources:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="183"/>
        <source>&amp;Nächste Schritte:</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="184"/>
        <source>Übersetzungs&amp;stand:</source>
        <translation>Transla&amp;tion status:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="185"/>
        <source>&amp;Gebührenquelle:</source>
        <translation>Fee so&amp;urce:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="189"/>
        <source>Gebühren</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="190"/>
        <source>Ermäßigungen (die erste zutreffende gilt)</source>
        <translation>Reductions (the first that applies counts)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="202"/>
        <source>Regel hinzufügen</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/matter_form.py" line="202"/>
        <source>Regel entfernen</source>
        <translation>Remove rule</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="34"/>
        <source>Übersetzungsmodelle</source>
        <translation>Translation models</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="35"/>
        <source>Übersetzungsmodelle verwalten</source>
        <translation>Manage translation models</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="41"/>
        <source>Installierte Übersetzungsmodelle</source>
        <translation>Installed translation models</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="44"/>
        <source>Modell &amp;installieren …</source>
        <translation>&amp;Install model …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="45"/>
        <source>Modell &amp;entfernen</source>
        <translation>&amp;Remove model</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="66"/>
        <source>Modellordner: {0}. Übersetzungen laufen nur auf diesem Rechner (offline); Deutsch ↔ Kundensprache läuft über Englisch, wenn es kein direktes Modell gibt.</source>
        <translation>Model folder: {0}. Translations run only on this computer (offline); German ↔ client language goes through English when there is no direct model.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="69"/>
        <source>Es ist noch kein Übersetzungsmodell installiert. Bitte ein Argos-Translate-Paket (.argosmodel) von der IT installieren lassen, z. B. de→en und en→ar für Arabisch. Modellordner: {0}</source>
        <translation>No translation model is installed yet. Please have IT install an Argos Translate package (.argosmodel), e.g. de→en and en→ar for Arabic. Model folder: {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="75"/>
        <source>Modellpaket wählen</source>
        <translation>Choose model package</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="76"/>
        <source>Argos-Translate-Pakete (*.argosmodel)</source>
        <translation>Argos Translate packages (*.argosmodel)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="89"/>
        <source>Installiert: {0} ({1} → {2}).</source>
        <translation>Installed: {0} ({1} → {2}).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="101"/>
        <source>Modell entfernen</source>
        <translation>Remove model</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/models_dialog.py" line="102"/>
        <source>Das Modell {0} entfernen?</source>
        <translation>Remove the model {0}?</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="78"/>
        <source>Inhaltspaket übernehmen</source>
        <translation>Apply content pack</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="79"/>
        <source>Vorschau des Inhaltspakets</source>
        <translation>Content pack preview</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="81"/>
        <source>Paket „{0}“ von {1}, erstellt {2}, Inhaltsversion {3}.
Änderungen: {4}.</source>
        <translation>Pack “{0}” by {1}, created {2}, content version {3}.
Changes: {4}.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="86"/>
        <source>Änderungen durch das Paket</source>
        <translation>Changes made by the pack</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="91"/>
        <source>Einzelheiten der Änderung</source>
        <translation>Details of the change</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="97"/>
        <source>Ü&amp;bernehmen</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="98"/>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="104"/>
        <source>Hier geänderte Inhalte bleiben erhalten, außer Sie haken „Ersetzen“ an.</source>
        <translation>Content changed here is kept unless you tick “Replace”.</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="204"/>
        <source>Verweisverzeichnis bearbeiten</source>
        <translation>Edit referral directory</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="231"/>
        <source>jedes Anliegen</source>
        <translation>every matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="239"/>
        <source>ganzes Anliegen</source>
        <translation>whole matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="303"/>
        <source>Verweisverzeichnis</source>
        <translation>Referral directory</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="303"/>
        <source>Die Änderungen am Eintrag sind noch nicht gespeichert. Jetzt speichern?</source>
        <translation>The changes to this entry are not saved yet. Save now?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="317"/>
        <source>(wird beim Speichern aus dem Namen gebildet)</source>
        <translation>(made from the name when saving)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="338"/>
        <source>Beispiel – bitte durch die Angaben der örtlichen Stelle ersetzen und dann das Häkchen „Beispiel“ entfernen.</source>
        <translation>Example – please replace with the details of the local service, then untick “Example”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="388"/>
        <source>Eintrag entfernen</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="389"/>
        <source>„{0}“ aus dem Verweisverzeichnis entfernen?</source>
        <translation>Remove “{0}” from the referral directory?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="405"/>
        <source>Diese Verknüpfung gibt es schon.</source>
        <translation>This link already exists.</translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="55"/>
        <source> · Beispiel, bitte ersetzen</source>
        <translation> · example, please replace</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="62"/>
        <source>Weitervermittlung an Beratungsstellen</source>
        <translation>Referral to counselling services</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="63"/>
        <source>Weiter&amp;vermittlung:</source>
        <translation>&amp;Referrals:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="65"/>
        <source>Vorgeschlagene Beratungsstellen</source>
        <translation>Suggested counselling services</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="73"/>
        <source>Angaben zur ausgewählten Beratungsstelle</source>
        <translation>Details of the selected counselling service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="99"/>
        <source>Weiter&amp;vermittlung ({0}):</source>
        <translation>&amp;Referrals ({0}):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="100"/>
        <source>Weitervermittlung: keine Vorschläge für diesen Punkt</source>
        <translation>Referrals: no suggestions for this item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="127"/>
        <source>Beispiel-Eintrag: die Teamleitung ersetzt ihn im Verweisverzeichnis durch die örtliche Stelle.</source>
        <translation>Example entry: the team lead replaces it with the local service in the referral directory.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="132"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="134"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="135"/>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="136"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="137"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="138"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="18"/>
        <source>ungeprüft</source>
        <translation>unreviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="19"/>
        <source>maschinell</source>
        <translation>machine-translated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="20"/>
        <source>geprüft</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="26"/>
        <source>Baustein</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="27"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="27"/>
        <source>Übersetzung</source>
        <translation>Translation</translation>
    </message>
</context>
<context>
    <name>SnippetListModel</name>
    <message>
        <location filename="../../counter_app/ui/snippet_model.py" line="11"/>
        <source>geprüft</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_model.py" line="12"/>
        <source>ungeprüft</source>
        <translation>unreviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_model.py" line="13"/>
        <source>maschinell</source>
        <translation>machine-translated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_model.py" line="14"/>
        <source>nicht übersetzt</source>
        <translation>not translated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_model.py" line="48"/>
        <source>Übersetzung: {0}</source>
        <translation>Translation: {0}</translation>
    </message>
</context>
<context>
    <name>SnippetPanel</name>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="5"/>
        <source>Verständigung mit der Kundin/dem Kunden</source>
        <translation>Communicating with the client</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="9"/>
        <source>Suchen (Strg+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="9"/>
        <source>Textbausteine suchen</source>
        <translation>Search phrases</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="10"/>
        <source>Kategorie der Textbausteine</source>
        <translation>Phrase category</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="11"/>
        <source>Textbausteine</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="14"/>
        <source>&amp;Zeigen (F5)</source>
        <translation>Sh&amp;ow (F5)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="14"/>
        <source>Ausgewählten Text auf der Kundenanzeige zeigen</source>
        <translation>Show the selected text on the client screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="15"/>
        <source>&amp;Leeren (F6)</source>
        <translation>&amp;Blank (F6)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="15"/>
        <source>Kundenanzeige leeren</source>
        <translation>Blank the client screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="16"/>
        <source>&amp;Favorit</source>
        <translation>&amp;Favourite</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="16"/>
        <source>Textbaustein als Favorit markieren</source>
        <translation>Mark the phrase as a favourite</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="19"/>
        <source>&lt;b&gt;Freier Text – maschinelle Übersetzung (offline)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Free text – machine translation (offline)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="20"/>
        <source>Übersetzungsrichtung</source>
        <translation>Translation direction</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="21"/>
        <source>Freier Text zum Übersetzen</source>
        <translation>Free text to translate</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="21"/>
        <source>Text eingeben, Strg+Eingabe übersetzt</source>
        <translation>Type text; Ctrl+Enter translates</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="22"/>
        <location filename="../../counter_app/ui/snippet_panel.py" line="165"/>
        <source>Maschinelle Übersetzung</source>
        <translation>Machine translation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="25"/>
        <source>Übersetzen</source>
        <translation>Translate</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="25"/>
        <source>Freien Text übersetzen</source>
        <translation>Translate free text</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="26"/>
        <source>Als Baustein &amp;speichern</source>
        <translation>Save as &amp;phrase</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/snippet_panel.ui" line="26"/>
        <source>Übersetzung als ungeprüften Textbaustein speichern</source>
        <translation>Save the translation as an unreviewed phrase</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="41"/>
        <source>Alle Kategorien</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="72"/>
        <source>&lt;b&gt;Textbausteine&lt;/b&gt; – Sprache der Kundin/des Kunden: {0}</source>
        <translation>&lt;b&gt;Phrases&lt;/b&gt; – client&apos;s language: {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="74"/>
        <source>Deutsch → {0}</source>
        <translation>German → {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="75"/>
        <source>{0} → Deutsch</source>
        <translation>{0} → German</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="82"/>
        <source>Die Kundin/der Kunde spricht Deutsch: keine Übersetzung nötig.</source>
        <translation>The client speaks German: no translation needed.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="86"/>
        <source>Für diese Sprache ist kein Übersetzungsmodell installiert. Die Textbausteine funktionieren trotzdem. Modelle installiert die IT (counter-app admin install-model) oder die Teamleitung unter Extras → Übersetzungsmodelle.</source>
        <translation>No translation model is installed for this language. The phrases still work. Models are installed by IT (counter-app admin install-model) or by the team lead under Tools → Translation models.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="154"/>
        <source>Übersetze … (beim ersten Mal wird das Modell geladen)</source>
        <translation>Translating … (the model loads the first time)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/snippet_panel.py" line="164"/>
        <source> über {0}</source>
        <translation> via {0}</translation>
    </message>
</context>
<context>
    <name>SnippetReviewDialog</name>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="21"/>
        <source>ungeprüfte und maschinelle</source>
        <translation>unreviewed and machine-translated</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="22"/>
        <source>nur maschinelle</source>
        <translation>machine-translated only</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="37"/>
        <source>Übersetzungen prüfen</source>
        <translation>Review translations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="38"/>
        <source>Übersetzungen der Textbausteine prüfen</source>
        <translation>Review phrase translations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="40"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="44"/>
        <source>Welche Übersetzungen</source>
        <translation>Which translations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="48"/>
        <source>Ungeprüfte Übersetzungen</source>
        <translation>Unreviewed translations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="54"/>
        <source>Deutscher Originaltext</source>
        <translation>German original text</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="56"/>
        <source>Übersetzung (korrigierbar)</source>
        <translation>Translation (can be corrected)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="59"/>
        <source>Als &amp;geprüft übernehmen</source>
        <translation>Accept as &amp;reviewed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="60"/>
        <source>Stand der Prüfung</source>
        <translation>Review status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="70"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="70"/>
        <source>&amp;Anzeigen:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="82"/>
        <source>Deutsch:</source>
        <translation>German:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="84"/>
        <source>Ü&amp;bersetzung:</source>
        <translation>&amp;Translation:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/snippet_review.py" line="97"/>
        <source>{0} zu prüfen</source>
        <translation>{0} to review</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="6"/>
        <source>Neues Gespräch</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="7"/>
        <source>Neues Gespräch beginnen</source>
        <translation>Start a new conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="12"/>
        <source>Name der Kundin oder des Kunden</source>
        <translation>Client&apos;s name</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="12"/>
        <source>Nachname, Vorname</source>
        <translation>Last name, first name</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="13"/>
        <source>&amp;Geburtsdatum:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="14"/>
        <source>Geburtsdatum (TT.MM.JJJJ)</source>
        <translation>Date of birth (DD.MM.YYYY)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="14"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="15"/>
        <source>Staats&amp;angehörigkeit:</source>
        <translation>N&amp;ationality:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="16"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="17"/>
        <source>Akten&amp;zeichen:</source>
        <translation>&amp;File number:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="18"/>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="19"/>
        <source>&amp;Anliegen:</source>
        <translation>&amp;Matter:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="20"/>
        <source>Anliegen (Checkliste)</source>
        <translation>Matter (checklist)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="21"/>
        <source>&amp;Sprache der Kundin/des Kunden:</source>
        <translation>Client&apos;s &amp;language:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="22"/>
        <source>Sprache der Kundin oder des Kunden</source>
        <translation>Client&apos;s language</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/start_dialog.ui" line="25"/>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/start_dialog.py" line="50"/>
        <source>Gespräch &amp;beginnen</source>
        <translation>&amp;Start conversation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/start_dialog.py" line="102"/>
        <source>Bitte geben Sie den Namen ein.</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/start_dialog.py" line="107"/>
        <source>Das Geburtsdatum ist ungültig. Bitte im Format TT.MM.JJJJ eingeben, z. B. 03.11.1990.</source>
        <translation>The date of birth is not valid. Please enter it as DD.MM.YYYY, e.g. 03.11.1990.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/start_dialog.py" line="111"/>
        <source>Bitte wählen Sie die Staatsangehörigkeit aus der Liste oder geben Sie den dreibuchstabigen Ländercode ein (z. B. SYR).</source>
        <translation>Please choose the nationality from the list or enter the three-letter country code (e.g. SYR).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/start_dialog.py" line="114"/>
        <source>Es sind keine Anliegen (Checklisten) vorhanden.</source>
        <translation>There are no matters (checklists).</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="6"/>
        <source>Statistik (anonym)</source>
        <translation>Statistics (anonymous)</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="7"/>
        <source>Anonyme Statistik</source>
        <translation>Anonymous statistics</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="11"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="12"/>
        <source>Beginn des Zeitraums</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="13"/>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="14"/>
        <source>Ende des Zeitraums</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="15"/>
        <source>&amp;Einteilung:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="16"/>
        <source>Einteilung nach Woche oder Monat</source>
        <translation>Group by week or month</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="17"/>
        <source>&amp;Anliegen:</source>
        <translation>&amp;Matter:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="18"/>
        <source>Nur dieses Anliegen</source>
        <translation>Only this matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="19"/>
        <source>S&amp;prache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="20"/>
        <source>Nur diese Sprache der Kundinnen und Kunden</source>
        <translation>Only this client language</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="21"/>
        <source>&amp;Demo-Daten einbeziehen</source>
        <translation>Include &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="21"/>
        <source>Fiktive Demo-Gespräche mitzählen</source>
        <translation>Count fictional demo conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="25"/>
        <source>Überblick über die ausgewählten Gespräche</source>
        <translation>Overview of the selected conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="29"/>
        <source>Dia&amp;gramme</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="35"/>
        <source>&amp;Tabelle</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="37"/>
        <source>Statistik als Tabelle</source>
        <translation>Statistics as a table</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="42"/>
        <source>Hinweis zum Datenschutz</source>
        <translation>Privacy note</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="45"/>
        <source>&amp;Mit anderen PCs abgleichen</source>
        <translation>S&amp;ync with other PCs</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="45"/>
        <source>Statistik über den Austauschordner mit anderen PCs abgleichen</source>
        <translation>Sync the statistics with other PCs through the sync folder</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="47"/>
        <source>&amp;CSV exportieren …</source>
        <translation>Export &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="47"/>
        <source>Statistik als CSV-Datei exportieren</source>
        <translation>Export the statistics as a CSV file</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="48"/>
        <source>&amp;Schließen</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../counter_app/forms/statistics_view.ui" line="48"/>
        <source>Statistik schließen</source>
        <translation>Close the statistics</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="65"/>
        <source>Statistik (anonym) – Schalterassistent</source>
        <translation>Statistics (anonymous) – Counter Assistant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="74"/>
        <source>Datenschutz: nur anonyme Zahlen, ohne Namen, Geburtsdaten oder Aktenzeichen. Werte aus weniger als {0} Gesprächen erscheinen als „{1}“ und fehlen in den Diagrammen; zu ihrem Schutz zurückgehaltene Werte erscheinen als „{2}“.</source>
        <translation>Privacy: anonymous figures only, without names, dates of birth or file numbers. Values from fewer than {0} conversations appear as “{1}” and are left out of the charts; values withheld to protect them appear as “{2}”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="89"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="89"/>
        <source>Kalenderwoche</source>
        <translation>Calendar week</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="100"/>
        <source>Alle Anliegen</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="101"/>
        <source>Alle Sprachen</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="121"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="141"/>
        <source>Kein Austauschordner eingestellt (paths.sync_folder); es werden nur die Gespräche dieses PCs gezeigt.</source>
        <translation>No sync folder set (paths.sync_folder); only this PC&apos;s conversations are shown.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="154"/>
        <source>Abgeglichen: {0} Datei(en) anderer PCs, {1} neu, {2} aktualisiert.</source>
        <translation>Synced: {0} file(s) from other PCs, {1} new, {2} updated.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="157"/>
        <source>Nicht übernommen: {0}</source>
        <translation>Not merged: {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="170"/>
        <source>{0} abgeschlossene Gespräche im Zeitraum · davon {1} von anderen PCs · {2} Demo-Gespräche (fiktiv).</source>
        <translation>{0} closed conversations in the period · {1} of them from other PCs · {2} demo conversations (fictional).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="183"/>
        <source>Statistik als CSV speichern</source>
        <translation>Save statistics as CSV</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="184"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="191"/>
        <source>CSV gespeichert: {0} ({1} Zeilen).</source>
        <translation>CSV saved: {0} ({1} rows).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="220"/>
        <source>Für Diagramme wird das Paket matplotlib benötigt. Die Tabelle enthält dieselben Zahlen.</source>
        <translation>Charts need the matplotlib package. The table holds the same figures.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="227"/>
        <source>Diagramme der Statistik (dieselben Zahlen stehen in der Tabelle)</source>
        <translation>Statistics charts (the table holds the same figures)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="235"/>
        <source>Keine abgeschlossenen Gespräche im gewählten Zeitraum.</source>
        <translation>No closed conversations in the chosen period.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="239"/>
        <source>Gespräche je Anliegen</source>
        <translation>Conversations per matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="241"/>
        <source>Durchschnittliche Dauer (Minuten)</source>
        <translation>Average duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="243"/>
        <source>Anteil mit fehlenden Unterlagen (%)</source>
        <translation>Share with missing documents (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="244"/>
        <source>Gespräche je Sprache</source>
        <translation>Conversations per language</translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="35"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="35"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="36"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="36"/>
        <source>Gespräche</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="37"/>
        <source>Dauer Ø (Min.)</source>
        <translation>Avg. duration (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="38"/>
        <source>Mit fehlenden Unterlagen (%)</source>
        <translation>With missing documents (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="39"/>
        <source>Folgetermin nötig (%)</source>
        <translation>Follow-up needed (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="40"/>
        <source>Fehlende Unterlagen Ø</source>
        <translation>Avg. missing documents</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="41"/>
        <source>Offene Unterlagen Ø</source>
        <translation>Avg. open documents</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="42"/>
        <source>Briefe</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="43"/>
        <source>Maschinelle Übersetzungen</source>
        <translation>Machine translations</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_view.py" line="52"/>
        <source>Aus Datenschutzgründen nicht gezeigt (weniger als {0} Gespräche oder zu deren Schutz zurückgehalten).</source>
        <translation>Not shown for privacy reasons (fewer than {0} conversations, or withheld to protect them).</translation>
    </message>
</context>
<context>
    <name>SuggestionListModel</name>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="26"/>
        <source>passt zu diesem Punkt</source>
        <translation>fits this item</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="27"/>
        <source>passt zum Anliegen</source>
        <translation>fits the matter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="28"/>
        <source>allgemein</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="39"/>
        <source>Eingabe: Name, Anschrift und Zeiten auf der Kundenanzeige zeigen</source>
        <translation>Enter: show name, address and hours on the client screen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="49"/>
        <source>berät auf {0}</source>
        <translation>counsels in {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_panel.py" line="51"/>
        <source>Beispiel</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="40"/>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="44"/>
        <source>Briefvorlagen</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="41"/>
        <source>Briefvorlagen verwalten</source>
        <translation>Manage letter templates</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="49"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="50"/>
        <source>&amp;Hinzufügen …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="51"/>
        <source>&amp;Ersetzen …</source>
        <translation>&amp;Replace …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="52"/>
        <source>&amp;Zurückziehen</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="85"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="86"/>
        <source>Word-Dokumente (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="96"/>
        <source>hinzugefügt</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="107"/>
        <source>ersetzt</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="113"/>
        <source>Vorlage zurückziehen</source>
        <translation>Retire template</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="114"/>
        <source>Die Vorlage „{0}“ zurückziehen? Sie wird aufbewahrt, aber nicht mehr angeboten.</source>
        <translation>Retire the template “{0}”? It is kept but no longer offered.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="118"/>
        <source>zurückgezogen</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="122"/>
        <source>Vorlage wird geprüft …</source>
        <translation>Checking template …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="126"/>
        <source>Vorlage {0}.</source>
        <translation>Template {0}.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="20"/>
        <source>Standard</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="21"/>
        <source>eigene</source>
        <translation>own</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="25"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="26"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/templates_dialog.py" line="30"/>
        <source>eigene (ersetzt Standard)</source>
        <translation>own (replaces default)</translation>
    </message>
</context>
<context>
    <name>VersionHistoryWidget</name>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="55"/>
        <source>Versionen der Checkliste</source>
        <translation>Checklist versions</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="61"/>
        <source>Ältere Version zum Vergleich</source>
        <translation>Older version to compare</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="62"/>
        <source>Neuere Version zum Vergleich</source>
        <translation>Newer version to compare</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="63"/>
        <source>Änderungen in Worten</source>
        <translation>Changes in words</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="64"/>
        <source>Zeilenweiser Vergleich (YAML)</source>
        <translation>Line-by-line comparison (YAML)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="78"/>
        <source>&amp;Vergleichen: Version</source>
        <translation>&amp;Compare: version</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="78"/>
        <source>mi&amp;t Version</source>
        <translation>&amp;with version</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="86"/>
        <source>Änderungen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="87"/>
        <source>YAML-Vergleich</source>
        <translation>YAML comparison</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="108"/>
        <source>{0} vom {1}</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="120"/>
        <location filename="../../counter_app/ui/editor/history.py" line="122"/>
        <source>Keine Unterschiede.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="17"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="17"/>
        <source>Veröffentlicht</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="18"/>
        <source>Von</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="18"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/history.py" line="21"/>
        <source> (aktuell)</source>
        <translation> (current)</translation>
    </message>
</context>
<context>
    <name>_EditorForm</name>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="92"/>
        <source>Verweisverzeichnis durchsuchen</source>
        <translation>Search the referral directory</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="93"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="95"/>
        <source>Einträge des Verweisverzeichnisses</source>
        <translation>Referral directory entries</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="98"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="98"/>
        <source>Neuen Eintrag anlegen</source>
        <translation>Create a new entry</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="99"/>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="99"/>
        <source>Ausgewählten Eintrag entfernen</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="102"/>
        <source>Name der Stelle</source>
        <translation>Name of the service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="104"/>
        <source>Art des Angebots</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="105"/>
        <source>Beschreibung für die Sachbearbeitung</source>
        <translation>Description for clerks</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="108"/>
        <source>Themen, durch Komma getrennt</source>
        <translation>Topics, separated by commas</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="109"/>
        <source>Sprachen der Beratung als Sprachcodes, durch Komma getrennt</source>
        <translation>Counselling languages as language codes, separated by commas</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="111"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="114"/>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="115"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="116"/>
        <source>E-Mail-Adresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="117"/>
        <source>Webadresse</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="118"/>
        <source>Als Beispiel &amp;kennzeichnen (Platzhalter, noch durch die örtliche Stelle zu ersetzen)</source>
        <translation>Mark as e&amp;xample (placeholder, still to be replaced by the local service)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="119"/>
        <source>Eintrag ist ein Beispiel</source>
        <translation>Entry is an example</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="120"/>
        <source>Vorgeschlagen bei diesen Anliegen und Punkten</source>
        <translation>Suggested for these matters and items</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="122"/>
        <source>Anliegen für eine neue Verknüpfung</source>
        <translation>Matter for a new link</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="123"/>
        <source>Punkt der Checkliste für eine neue Verknüpfung</source>
        <translation>Checklist item for a new link</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="124"/>
        <source>Verknüpfung &amp;hinzufügen</source>
        <translation>Add lin&amp;k</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="125"/>
        <source>Verknüpfung hinzufügen</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="126"/>
        <source>Verknüpfung l&amp;öschen</source>
        <translation>Remo&amp;ve link</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="127"/>
        <source>Ausgewählte Verknüpfung löschen</source>
        <translation>Remove the selected link</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="128"/>
        <source>Hinweise zur Eingabe</source>
        <translation>Input hints</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="131"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="131"/>
        <source>Eintrag speichern</source>
        <translation>Save entry</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="138"/>
        <source>Su&amp;chen:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="146"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="146"/>
        <source>Kennung:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="147"/>
        <source>&amp;Art:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="147"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="148"/>
        <source>&amp;Themen:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="148"/>
        <source>S&amp;prachen (Codes):</source>
        <translation>Lan&amp;guages (codes):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="149"/>
        <source>Ansch&amp;rift:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="150"/>
        <source>Öffnungs&amp;zeiten:</source>
        <translation>Opening &amp;hours:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="150"/>
        <source>Te&amp;lefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="151"/>
        <source>E-Ma&amp;il:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="151"/>
        <source>&amp;Webadresse:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="154"/>
        <source>Vorschlagen bei</source>
        <translation>Suggest for</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="158"/>
        <source>&amp;Verknüpfen mit Anliegen:</source>
        <translation>&amp;Link to matter:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="160"/>
        <source>und P&amp;unkt:</source>
        <translation>and &amp;item:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../counter_app/ui/app.py" line="33"/>
        <source>Schalterassistent</source>
        <translation>Counter Assistant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="77"/>
        <source>Es gibt keine Sicherung. Bitte wenden Sie sich an die IT.</source>
        <translation>There is no backup. Please contact IT.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/app.py" line="81"/>
        <source>Neueste Sicherung wiederherstellen?
{0}

Die beschädigte Datei wird daneben aufbewahrt.</source>
        <translation>Restore the newest backup?
{0}

The damaged file is kept beside it.</translation>
    </message>
</context>
<context>
    <name>content_packs</name>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="131"/>
        <source>{0} Änderung(en) übernommen.</source>
        <translation>{0} change(s) applied.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="133"/>
        <source>{0} hier geänderte Inhalte wurden behalten.</source>
        <translation>{0} item(s) changed here were kept.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="138"/>
        <source>Inhaltspaket übernommen</source>
        <translation>Content pack applied</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="142"/>
        <source>Inhaltspaket wählen</source>
        <translation>Choose content pack</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="143"/>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="162"/>
        <source>Inhaltspakete (*.zip)</source>
        <translation>Content packs (*.zip)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="161"/>
        <source>Inhaltspaket speichern</source>
        <translation>Save content pack</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="177"/>
        <source>Inhaltspaket gespeichert: {0}
Inhaltsversion {1}, {2} Dateien.</source>
        <translation>Content pack saved: {0}
Content version {1}, {2} files.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/pack_dialog.py" line="179"/>
        <source>Inhaltspaket exportiert</source>
        <translation>Content pack exported</translation>
    </message>
</context>
<context>
    <name>conversation_html</name>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="22"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="24"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="27"/>
        <source>DEMO – fiktive Person</source>
        <translation>DEMO – fictional person</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="29"/>
        <source>geb.</source>
        <translation>born</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="30"/>
        <source>Az.</source>
        <translation>File no.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="31"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="32"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="44"/>
        <source>Wählen Sie einen Punkt der Checkliste.</source>
        <translation>Select an item in the checklist.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="49"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="52"/>
        <source>Hinweis für die Sachbearbeitung</source>
        <translation>Note for the clerk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="56"/>
        <source>Antworten (Taste)</source>
        <translation>Answers (key)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="61"/>
        <source>Text für die Kundin/den Kunden</source>
        <translation>Text for the client</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="65"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="71"/>
        <location filename="../../counter_app/ui/conversation_html.py" line="106"/>
        <source>Gebühren</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="73"/>
        <source>keine (oder noch offen – Fragen beantworten)</source>
        <translation>none (or still open – answer the questions)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="92"/>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="95"/>
        <source>Fehlende Unterlagen</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="97"/>
        <source>Noch offen</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="99"/>
        <source>Liegt vor</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="100"/>
        <source>Entfällt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="104"/>
        <source>Angaben</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="112"/>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="113"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="117"/>
        <source>Keine Gebühren ermittelt.</source>
        <translation>No fees determined.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="121"/>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="130"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/conversation_html.py" line="131"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../counter_app/ui/errors.py" line="19"/>
        <source>Ein unerwarteter Fehler ist aufgetreten ({0}). Ihre bisherigen Eingaben sind gespeichert.
Bitte versuchen Sie es erneut; wenn der Fehler bleibt, informieren Sie die IT.</source>
        <translation>An unexpected error occurred ({0}). Everything you entered so far is saved.
Please try again; if the error persists, let IT know.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/errors.py" line="27"/>
        <source>Schalterassistent</source>
        <translation>Counter Assistant</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/errors.py" line="29"/>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="34"/>
        <source>Merkblatt</source>
        <translation>Handout</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="35"/>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="36"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="37"/>
        <source>Was Sie mitbringen oder nachreichen müssen</source>
        <translation>What you need to bring or send in</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="38"/>
        <source>Es fehlen keine Unterlagen.</source>
        <translation>No documents are missing.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="39"/>
        <source>Bis wann</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="40"/>
        <source>Bitte bis spätestens</source>
        <translation>Please by</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="41"/>
        <source>Gebühren</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="42"/>
        <source>Keine Gebühren ermittelt.</source>
        <translation>No fees determined.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="43"/>
        <source>Berücksichtigt</source>
        <translation>Taken into account</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="44"/>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="45"/>
        <source>Öffnungszeiten</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="46"/>
        <source>Verbindlich ist allein der deutsche Text.</source>
        <translation>Only the German text is binding.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="47"/>
        <source>Wo Sie Hilfe bekommen</source>
        <translation>Where to get help</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/handout.py" line="48"/>
        <source>Merkblatt drucken</source>
        <translation>Print handout</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="13"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="13"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="14"/>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="14"/>
        <source>Türkisch</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="15"/>
        <source>Ukrainisch</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="15"/>
        <source>Russisch</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="16"/>
        <source>Farsi (Persisch)</source>
        <translation>Farsi (Persian)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="16"/>
        <source>Französisch</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="18"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="18"/>
        <source>Paschtu</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="19"/>
        <source>Kurdisch</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="19"/>
        <source>Kurmandschi</source>
        <translation>Kurmanji</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="20"/>
        <source>Sorani</source>
        <translation>Sorani</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="20"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="21"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="21"/>
        <source>Amharisch</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="22"/>
        <source>Albanisch</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="22"/>
        <source>Serbisch</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="23"/>
        <source>Rumänisch</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="23"/>
        <source>Polnisch</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="24"/>
        <source>Bulgarisch</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="24"/>
        <source>Spanisch</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="25"/>
        <source>Italienisch</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="25"/>
        <source>Vietnamesisch</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="26"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="26"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="27"/>
        <source>Chinesisch</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/language_names.py" line="27"/>
        <source>Georgisch</source>
        <translation>Georgian</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="29"/>
        <source>Migrationsberatung für Erwachsene (MBE)</source>
        <translation>Migration counselling for adults (MBE)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="30"/>
        <source>Jugendmigrationsdienst (JMD)</source>
        <translation>Youth migration service (JMD)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="31"/>
        <source>Flüchtlingsberatung</source>
        <translation>Refugee counselling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="32"/>
        <source>Gesundheit, Sprach- und Kulturmittlung</source>
        <translation>Health, language and cultural mediation</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="33"/>
        <source>Ehrenamtliche Integrationslotsen</source>
        <translation>Volunteer integration guides</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="34"/>
        <source>Arbeit und Beruf</source>
        <translation>Work and careers</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="35"/>
        <source>Sprach- und Integrationskurse</source>
        <translation>Language and integration courses</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="36"/>
        <source>Anerkennungsberatung</source>
        <translation>Recognition of qualifications</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="37"/>
        <source>Beratung für Frauen</source>
        <translation>Counselling for women</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="38"/>
        <source>Rechtsberatung</source>
        <translation>Legal advice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/referral_editor.py" line="39"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../counter_app/ui/editor/sync.py" line="36"/>
        <source>Austauschordner: {0}</source>
        <translation>Sync folder: {0}</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/sync.py" line="39"/>
        <source>Neues Inhaltspaket übernommen: {0} Änderung(en)</source>
        <translation>New content pack applied: {0} change(s)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/sync.py" line="42"/>
        <source>, {0} hier geänderte Inhalte behalten</source>
        <translation>, {0} item(s) changed here kept</translation>
    </message>
</context>
<context>
    <name>team_lead_menu</name>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="36"/>
        <source>&amp;Teamleitung</source>
        <translation>Te&amp;am lead</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="38"/>
        <source>Checklisten &amp;bearbeiten …</source>
        <translation>&amp;Edit checklists …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="40"/>
        <source>Übersetzungen &amp;prüfen …</source>
        <translation>&amp;Review translations …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="41"/>
        <source>Brief&amp;vorlagen …</source>
        <translation>Letter &amp;templates …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="42"/>
        <source>Inhaltspaket &amp;exportieren …</source>
        <translation>E&amp;xport content pack …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="43"/>
        <source>Inhaltspaket &amp;importieren …</source>
        <translation>&amp;Import content pack …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="45"/>
        <source>Änderungs&amp;protokoll der Inhalte …</source>
        <translation>Content change &amp;log …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="47"/>
        <source>&amp;Statistik (anonym) …</source>
        <translation>&amp;Statistics (anonymous) …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/editor/__init__.py" line="48"/>
        <source>&amp;Weitervermittlung: Verweisverzeichnis …</source>
        <translation>Re&amp;ferrals: referral directory …</translation>
    </message>
</context>
</TS>
