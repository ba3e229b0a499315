<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="39" />
        <source>Log activity</source>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="44" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="46" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="54" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="55" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="56" />
        <source>Customer's needs</source>
        <translation>Besoins du client</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/activities_page.py" line="60" />
        <source>%n activity(ies)</source>
        <translation><numerusform>%n activité</numerusform><numerusform>%n activités</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="21" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="22" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="23" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="24" />
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="25" />
        <source>Opportunity</source>
        <translation>Affaire</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="72" />
        <source>Log activity</source>
        <extracomment>Emitted when the rep asked to plan a follow-up after saving; carries the preset.</extracomment>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="72" />
        <source>Plan follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="86" />
        <source>What did the customer say they need or want?</source>
        <translation>Qu’a dit le client de ses besoins ou de ses envies ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="103" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="104" />
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="106" />
        <source>&amp;Opportunity</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="107" />
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="107" />
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="108" />
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="109" />
        <source>O&amp;utcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="110" />
        <source>Customer's &amp;needs</source>
        <translation>&amp;Besoins du client</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="111" />
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="119" />
        <source>Save and plan &amp;follow-up</source>
        <translation>Enregistrer et planifier une &amp;relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="157" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="170" />
        <source>Choose a contact from the suggestions.</source>
        <translation>Choisissez un contact parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="208" />
        <source>Follow-up: {outcome}</source>
        <translation>Relance : {outcome}</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="104" />
        <source>New opportunity</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="110" />
        <source>Advance to next stage</source>
        <translation>Passer à l'étape suivante</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="112" />
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="116" />
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="120" />
        <location filename="../../salescoach/ui/views/board_page.py" line="250" />
        <source>Mark lost</source>
        <translation>Marquer perdue</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="122" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="123" />
        <source>Log activity</source>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="124" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="125" />
        <source>Show lost</source>
        <translation>Afficher les perdues</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="174" />
        <source>%n opportunity(ies)</source>
        <translation><numerusform>%n affaire</numerusform><numerusform>%n affaires</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="178" />
        <source>%n opportunity(ies) in the funnel</source>
        <translation><numerusform>%n affaire en cours</numerusform><numerusform>%n affaires en cours</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="227" />
        <source>History: {trail}</source>
        <translation>Historique : {trail}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="251" />
        <source>Mark this opportunity as lost? A lost opportunity cannot move again.</source>
        <translation>Marquer cette affaire comme perdue ? Une affaire perdue ne peut plus changer d'étape.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="148" />
        <source>Save as PNG…</source>
        <extracomment>Emitted on the GUI thread when a new picture is on screen.</extracomment>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="151" />
        <source>Loading chart…</source>
        <translation>Chargement du graphique…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="216" />
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="216" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="100" />
        <source>The chart could not be saved to {path}: {reason}.</source>
        <translation>Impossible d'enregistrer le graphique dans {path} : {reason}.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../salescoach/ui/charts/funnel_chart.py" line="67" />
        <source>Nothing in this period yet</source>
        <translation>Rien sur cette période pour l’instant</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="48" />
        <source>Coach</source>
        <extracomment>An action from a tip: (action, names of the contacts it concerns, the tip's title).</extracomment>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="68" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="105" />
        <source>%n tip(s) from your own figures.</source>
        <translation><numerusform>%n conseil tiré de vos propres chiffres.</numerusform><numerusform>%n conseils tirés de vos propres chiffres.</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="107" />
        <source>Nothing to point out today: keep going.</source>
        <translation>Rien à signaler aujourd'hui : continuez comme ça.</translation>
    </message>
</context>
<context>
    <name>CoachSettingsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="29" />
        <source>Coach settings</source>
        <extracomment>Settings shown as percentages (stored as shares of 1).</extracomment>
        <translation>Réglages du coach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="32" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="32" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="34" />
        <source>A customer feels neglected after</source>
        <translation>Un client se sent délaissé après</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="37" />
        <source>Thank people who refer others within</source>
        <translation>Remercier ceux qui vous recommandent sous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="44" />
        <source>A deal in approach or negotiation waits at most</source>
        <translation>Une affaire en approche ou en négociation attend au plus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="49" />
        <source>Check in after a won deal within</source>
        <translation>Prendre des nouvelles après une affaire gagnée sous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="52" />
        <source>Calls and visits are low below this share of your usual week</source>
        <translation>Appels et visites sont faibles sous cette part de votre semaine habituelle</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="57" />
        <source>A ratio is weak when it falls by</source>
        <translation>Un ratio est faible quand il baisse de</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="58" />
        <source>Judge a ratio on at least (items)</source>
        <translation>Juger un ratio sur au moins (éléments)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="59" />
        <source>Compare periods of</source>
        <translation>Comparer des périodes de</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="73" />
        <source>A tip you dismissed comes back when its signal gets worse.</source>
        <translation>Un conseil écarté revient quand son signal s'aggrave.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="40" />
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="40" />
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="51" />
        <source>Already a customer</source>
        <translation>Déjà client</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="53" />
        <source>Who introduced them (optional)</source>
        <translation>Qui vous l’a présenté (facultatif)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="66" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="67" />
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="68" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="70" />
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="72" />
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="73" />
        <source>&amp;Source</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="75" />
        <source>Referred &amp;by</source>
        <translation>Recommandé &amp;par</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="76" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="107" />
        <source>This does not look like an e-mail address.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="111" />
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Utilisez des chiffres, des espaces et éventuellement un + initial.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/contact_picker.py" line="23" />
        <source>Type a name or company…</source>
        <translation>Tapez un nom ou une entreprise…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="25" />
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="31" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="33" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="36" />
        <source>New opportunity</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="37" />
        <source>Log activity</source>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="38" />
        <source>Plan follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="44" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="45" />
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="46" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="47" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="48" />
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="49" />
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="50" />
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="50" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="51" />
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/contacts_page.py" line="55" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="71" />
        <source>Funnel</source>
        <extracomment>Emitted on the GUI thread each time new figures are on screen.</extracomment>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="74" />
        <source>Calls, visits and meetings done per week</source>
        <translation>Appels, visites et rendez-vous faits par semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="81" />
        <source>Chart saved to {path}.</source>
        <translation>Graphique enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="101" />
        <source>Your funnel</source>
        <translation>Votre entonnoir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="123" />
        <source>By source</source>
        <translation>Par origine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="168" />
        <source>vs previous %n day(s)</source>
        <translation><numerusform>par rapport au jour précédent</numerusform><numerusform>par rapport aux %n jours précédents</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="170" />
        <source>{numerator} / {denominator}</source>
        <translation>{numerator} / {denominator}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="189" />
        <source>{first} to {last}, compared with the %n day(s) before</source>
        <translation><numerusform>du {first} au {last}, comparé au jour précédent</numerusform><numerusform>du {first} au {last}, comparé aux %n jours précédents</numerusform></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="19" />
        <location filename="../../salescoach/ui/errors.py" line="51" />
        <source>SalesCoach</source>
        <translation>SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="52" />
        <source>Something went wrong inside SalesCoach. Your data is safe; the details were written to {path}.</source>
        <translation>Une erreur interne s'est produite dans SalesCoach. Vos données sont intactes ; les détails sont dans {path}.</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="42" />
        <source>Plan follow-ups</source>
        <translation>Planifier des relances</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="66" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="67" />
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="68" />
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="71" />
        <source>Plan a follow-up with:</source>
        <translation>Planifier une relance avec :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="85" />
        <source>%n follow-up(s) will be planned.</source>
        <translation><numerusform>%n relance sera planifiée.</numerusform><numerusform>%n relances seront planifiées.</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="44" />
        <source>Plan follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="49" />
        <source>Mark done…</source>
        <translation>Marquer fait…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="50" />
        <source>Reschedule…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="51" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="65" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="66" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="67" />
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="72" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="76" />
        <source>Mark done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="77" />
        <source>Reschedule</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="79" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/followups_page.py" line="83" />
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n relance</numerusform><numerusform>%n relances</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="14" />
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="15" />
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="16" />
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="17" />
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="18" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="19" />
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="20" />
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="26" />
        <source>Cold call</source>
        <translation>Appel à froid</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="27" />
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="28" />
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="29" />
        <source>Inbound</source>
        <translation>Demande entrante</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="30" />
        <source>Event</source>
        <translation>Salon / événement</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="31" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="37" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="38" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="39" />
        <source>Social message</source>
        <translation>Message sur un réseau</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="40" />
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="41" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="42" />
        <location filename="../../salescoach/ui/labels.py" line="85" />
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="43" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="49" />
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="50" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="51" />
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="52" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="83" />
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="84" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="86" />
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="87" />
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="93" />
        <source>Suspects</source>
        <translation>Suspects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="94" />
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="95" />
        <source>Appointments made</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="96" />
        <source>Appointments held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="97" />
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="98" />
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="108" />
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="115" />
        <source>{sign}{value} pts</source>
        <translation>{sign}{value} pts</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="121" />
        <source>Prospects ÷ suspects: are the targets right, is the opening pitch good?</source>
        <translation>Prospects ÷ suspects : les cibles sont-elles les bonnes, la première approche est-elle convaincante ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="124" />
        <source>Appointments held ÷ appointments made: are meetings worth honouring for the customer?</source>
        <translation>Rendez-vous tenus ÷ rendez-vous pris : le client a-t-il une raison de venir ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="128" />
        <source>Proposals ÷ appointments held: are needs understood and turned into offers?</source>
        <translation>Propositions ÷ rendez-vous tenus : les besoins sont-ils compris et traduits en offres ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="131" />
        <source>Won ÷ proposals: negotiation and persuasion.</source>
        <translation>Gagnés ÷ propositions : négociation et force de conviction.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="132" />
        <source>Won ÷ suspects: the whole chain.</source>
        <translation>Gagnés ÷ suspects : toute la chaîne.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="51" />
        <source>Delete {name} with their opportunities and activities?</source>
        <extracomment>Every dialog it opens, so tests and the window can find the current one.</extracomment>
        <translation>Supprimer {name} avec ses affaires et ses actions ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="63" />
        <source>Delete the opportunity '{title}'?</source>
        <translation>Supprimer l'affaire « {title} » ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="116" />
        <source>Delete this activity?</source>
        <translation>Supprimer cette action ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="122" />
        <source>SalesCoach</source>
        <translation>SalesCoach</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../salescoach/ui/views/list_page.py" line="75" />
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="47" />
        <source>SalesCoach</source>
        <translation>SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="60" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="61" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="62" />
        <source>Opportunities</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="63" />
        <source>Activities</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="64" />
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="86" />
        <source>Search this list (Ctrl+F)</source>
        <translation>Rechercher dans la liste (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="98" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="109" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="115" />
        <source>&amp;Log activity…</source>
        <translation>&amp;Noter une action…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="118" />
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planifier une relance…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="123" />
        <source>New &amp;contact…</source>
        <translation>Nouveau &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="125" />
        <source>New &amp;opportunity…</source>
        <translation>Nouvelle &amp;affaire…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="131" />
        <source>Coach &amp;settings…</source>
        <translation>&amp;Réglages du coach…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="134" />
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="136" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="137" />
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="138" />
        <source>Load &amp;demo data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="140" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="153" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="158" />
        <source>&amp;Work</source>
        <translation>&amp;Travail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="163" />
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="172" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="173" />
        <source>&amp;About SalesCoach</source>
        <translation>À &amp;propos de SalesCoach</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/main_window.py" line="212" />
        <source>%n contact(s) from the tip “{title}”.</source>
        <translation><numerusform>%n contact issu du conseil « {title} ».</numerusform><numerusform>%n contacts issus du conseil « {title} ».</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="245" />
        <source>Demo data loaded.</source>
        <translation>Données de démonstration chargées.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="255" />
        <source>Welcome to SalesCoach</source>
        <translation>Bienvenue dans SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="257" />
        <source>Your database is empty. Would you like to explore SalesCoach with a year of demo data first? You can start a clean database any time with --db.</source>
        <translation>Votre base est vide. Voulez-vous d'abord découvrir SalesCoach avec une année de données de démonstration ? Vous pourrez repartir d'une base vierge à tout moment avec --db.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="264" />
        <source>Load demo data</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="265" />
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="280" />
        <source>About SalesCoach</source>
        <translation>À propos de SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="281" />
        <source>SalesCoach {version}
Your own funnel, your own coach.</source>
        <translation>SalesCoach {version}
Votre entonnoir, votre coach.</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="42" />
        <source>New opportunity</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="42" />
        <source>Edit opportunity</source>
        <translation>Modifier l'affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="49" />
        <source>What they might buy</source>
        <translation>Ce qu'il pourrait acheter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="61" />
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="63" />
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="64" />
        <source>&amp;Value</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="65" />
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="67" />
        <source>&amp;Starting stage</source>
        <translation>Étape de &amp;départ</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="92" />
        <source>Choose a contact from the suggestions.</source>
        <translation>Choisissez un contact parmi les suggestions.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="29" />
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="30" />
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="31" />
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="32" />
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="40" />
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
</context>
<context>
    <name>PlannerBox</name>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="13" />
        <source>Planner</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="23" />
        <source>New customers &amp;to win:</source>
        <translation>Nouveaux clients à ga&amp;gner :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="24" />
        <source>At this period's ratios you need:</source>
        <translation>Aux ratios de cette période, il vous faut :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="48" />
        <source>Undefined: a ratio on the way is zero or has no data in this period.</source>
        <translation>Indéfini : un ratio en chemin est nul ou sans données sur cette période.</translation>
    </message>
</context>
<context>
    <name>RatioTile</name>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="59" />
        <source>no comparison</source>
        <extracomment>Colours that read on light and dark palettes; the arrow carries the meaning too.</extracomment>
        <translation>pas de comparaison</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="61" />
        <source>This ratio is undefined in this period or in the one before it.</source>
        <translation>Ce ratio n'est pas défini sur cette période ou sur la précédente.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="67" />
        <source>{arrow} {points} {comparison}</source>
        <translation>{arrow} {points} {comparison}</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="28" />
        <source>Reschedule follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="36" />
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="37" />
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="38" />
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="22" />
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="23" />
        <source>Suspects</source>
        <translation>Suspects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="24" />
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="25" />
        <source>Made</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="26" />
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="27" />
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="28" />
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="29" />
        <source>Qualif.</source>
        <translation>Qualif.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="30" />
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="80" />
        <source>Why?</source>
        <extracomment>The rep set the tip aside: until a date (snooze) or None (dismiss).</extracomment>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="83" />
        <source>Snooze a week</source>
        <translation>Reporter d’une semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="84" />
        <source>Hide this tip for a week, unless it gets worse.</source>
        <translation>Masquer ce conseil pendant une semaine, sauf s'il s'aggrave.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="88" />
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="89" />
        <source>Hide this tip until it gets worse.</source>
        <translation>Masquer ce conseil jusqu'à ce qu'il s'aggrave.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="52" />
        <source>{contacts} contacts, {opportunities} opportunities and {activities} activities imported.</source>
        <translation>{contacts} contacts, {opportunities} affaires et {activities} actions importés.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="71" />
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="83" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="85" />
        <location filename="../../salescoach/ui/transfer.py" line="120" />
        <source>SalesCoach files (*.json)</source>
        <translation>Fichiers SalesCoach (*.json)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="106" />
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="118" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="134" />
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
</context>
</TS>