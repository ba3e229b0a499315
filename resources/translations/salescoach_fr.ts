<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="86"/>
        <source>Activities</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="91"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="92"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="93"/>
        <source>Customer&apos;s needs</source>
        <translation>Besoins du client</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/activities_page.py" line="97"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="24"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="25"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="26"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="27"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="28"/>
        <source>Opportunity</source>
        <translation>Affaire</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="93"/>
        <source>Log activity</source>
        <extracomment>Emitted when the rep asked to plan a follow-up after saving; carries the preset.</extracomment>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="93"/>
        <source>Plan follow-up</source>
        <translation>Planifier une relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="107"/>
        <source>What did the customer say they need or want?</source>
        <translation>Qu’a dit le client de ses besoins ou de ses envies ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="123"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="124"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="126"/>
        <source>&amp;Opportunity</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="127"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="127"/>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="129"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="130"/>
        <source>O&amp;utcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="131"/>
        <source>Customer&apos;s &amp;needs</source>
        <translation>&amp;Besoins du client</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="132"/>
        <source>No&amp;tes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="137"/>
        <source>Save and plan &amp;follow-up</source>
        <translation>Enregistrer et planifier une re&amp;lance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="180"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="197"/>
        <source>This is in the past: it will show as overdue.</source>
        <translation>C&apos;est dans le passé : elle apparaîtra en retard.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="202"/>
        <source>edit activity</source>
        <translation>modifier une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="204"/>
        <source>plan follow-up</source>
        <translation>planifier une relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="205"/>
        <source>log {kind}</source>
        <translation>noter : {kind}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="252"/>
        <source>Follow-up: {outcome}</source>
        <translation>Relance : {outcome}</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="55"/>
        <source>When</source>
        <extracomment>How many rows past those in view a list measures to size its columns.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="57"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="58"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="59"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="86"/>
        <source>Backing up… {percent}%</source>
        <extracomment>A status-bar message (progress, the file written). A backup was written; carries its path.</extracomment>
        <translation>Sauvegarde… {percent} %</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="147"/>
        <source>Restoring {name}…</source>
        <translation>Restauration de {name}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="151"/>
        <source>Restored {name}.</source>
        <translation>{name} restauré.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="171"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="177"/>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="178"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="179"/>
        <source>Opportunities</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="180"/>
        <source>Activities</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="187"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="191"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="194"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="210"/>
        <source>Every backup of the last (hours)</source>
        <translation>Toutes les sauvegardes des dernières (heures)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="211"/>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes gardées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="212"/>
        <source>Weekly backups kept</source>
        <translation>Sauvegardes hebdomadaires gardées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="213"/>
        <source>Monthly backups kept</source>
        <translation>Sauvegardes mensuelles gardées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="223"/>
        <source>Save rotation</source>
        <translation>Enregistrer la rotation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="239"/>
        <source>This database is open read-only: it is not backed up.</source>
        <translation>Cette base est ouverte en lecture seule : elle n&apos;est pas sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="243"/>
        <source>Backups of {name}, newest first. Restoring one backs up the database as it is first.</source>
        <translation>Sauvegardes de {name}, les plus récentes d&apos;abord. En restaurer une sauvegarde d&apos;abord la base telle qu&apos;elle est.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="291"/>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="293"/>
        <source>SalesCoach databases (*.sqlite3 *.db)</source>
        <translation>Bases SalesCoach (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="301"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="302"/>
        <source>Replace your data with {name}?</source>
        <translation>Remplacer vos données par {name} ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="309"/>
        <source>The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>La base telle qu&apos;elle est maintenant est d&apos;abord sauvegardée : on peut revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="128"/>
        <source>Show &amp;lost opportunities</source>
        <extracomment>The page&apos;s own switch; the window&apos;s View menu offers the same action.</extracomment>
        <translation>Afficher les affaires &amp;perdues</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="175"/>
        <source>Opportunities</source>
        <translation>Affaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="249"/>
        <source>%n opportunity(ies) in the funnel</source>
        <translation>
            <numerusform>%n affaire en cours</numerusform>
            <numerusform>%n affaires en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="298"/>
        <source>History: {trail}</source>
        <translation>Historique : {trail}</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="127"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="128"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="194"/>
        <source>Save as PNG…</source>
        <extracomment>Emitted on the GUI thread when a new picture is on screen. What the newest picture asked for was drawn from: (data, style, size, ratio).</extracomment>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="197"/>
        <source>Loading chart…</source>
        <translation>Chargement du graphique…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="274"/>
        <source>Save chart</source>
        <extracomment>After a resize, the pause before the chart is drawn at its new size.</extracomment>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="274"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="69"/>
        <source>Nothing in this period yet</source>
        <translation>Rien sur cette période pour l’instant</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="61"/>
        <source>Coach</source>
        <extracomment>An action from a tip: (action, names of the contacts it concerns, the tip&apos;s title). A first step for an empty file: &quot;contact&quot;, &quot;call&quot; or &quot;demo&quot;.</extracomment>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="85"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="129"/>
        <source>Reading {first} – {last}, against the same length before.</source>
        <translation>Lecture du {first} au {last}, comparée à la même durée avant.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="134"/>
        <source>Welcome! Your coach needs something to read.</source>
        <translation>Bienvenue ! Votre coach a besoin de quelque chose à lire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="136"/>
        <source>%n tip(s) from your own figures.</source>
        <translation>
            <numerusform>%n conseil tiré de vos propres chiffres.</numerusform>
            <numerusform>%n conseils tirés de vos propres chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="139"/>
        <source>%n more wait(s) until you deal with these.</source>
        <translation>
            <numerusform>%n autre attend que vous ayez traité ceux-ci.</numerusform>
            <numerusform>%n autres attendent que vous ayez traité ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="143"/>
        <source>Nothing to point out today: keep going.</source>
        <translation>Rien à signaler aujourd&apos;hui : continuez comme ça.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="164"/>
        <source>Hide those set aside</source>
        <translation>Masquer les conseils mis de côté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="168"/>
        <source>Show %n set aside</source>
        <translation>
            <numerusform>Afficher %n conseil mis de côté</numerusform>
            <numerusform>Afficher %n conseils mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="199"/>
        <source>The coach reads your own work. Add the people you sell to and log your calls and visits: tips appear as soon as your figures say something.</source>
        <translation>Le coach lit votre propre travail. Ajoutez les personnes à qui vous vendez et notez vos appels et vos visites : les conseils apparaissent dès que vos chiffres disent quelque chose.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="208"/>
        <source>Add your first contact (Ctrl+N)</source>
        <translation>Ajouter votre premier contact (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="209"/>
        <source>Log a call (Ctrl+L)</source>
        <translation>Noter un appel (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="210"/>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="73"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="74"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="75"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="76"/>
        <source>S&amp;ync with the team</source>
        <translation>S&amp;ynchroniser avec l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="77"/>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Conflits de synchronisation…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="78"/>
        <source>&amp;Team figures…</source>
        <translation>Chiffres de l&apos;éq&amp;uipe…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="79"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="80"/>
        <source>Bac&amp;kups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="81"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Protéger par une phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="82"/>
        <source>Remove the pa&amp;ssphrase</source>
        <translation>Retirer la phrase secrè&amp;te</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="83"/>
        <source>Load &amp;demo data…</source>
        <translation>Charger les données de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="87"/>
        <location filename="../../salescoach/ui/commands.py" line="297"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="88"/>
        <location filename="../../salescoach/ui/commands.py" line="301"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="93"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="95"/>
        <source>New &amp;contact…</source>
        <translation>Nouveau &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="98"/>
        <source>New &amp;opportunity…</source>
        <translation>Nouvelle &amp;affaire…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="104"/>
        <source>&amp;Log activity…</source>
        <translation>&amp;Noter une action…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="110"/>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planifier une relance…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="114"/>
        <source>Plan my &amp;week…</source>
        <translation>Planifier &amp;ma semaine…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="115"/>
        <source>Re&amp;view my week…</source>
        <translation>&amp;Bilan de ma semaine…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="116"/>
        <source>&amp;Advance to next stage</source>
        <translation>Passer à l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="117"/>
        <source>Mark lo&amp;st…</source>
        <translation>Marquer perd&amp;ue…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="119"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="120"/>
        <source>Visit &amp;briefing…</source>
        <translation>Fiche de &amp;visite…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="84"/>
        <source>Back to you&amp;r database</source>
        <translation>&amp;Retour à votre base</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="92"/>
        <source>Erase contact for &amp;good…</source>
        <translation>E&amp;ffacer définitivement le contact…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="118"/>
        <source>Mark do&amp;ne…</source>
        <translation>Marquer &amp;faite…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="121"/>
        <source>Open contact car&amp;d</source>
        <translation>&amp;Ouvrir la fiche du contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="122"/>
        <source>Coac&amp;h settings…</source>
        <translation>Réglages du coac&amp;h…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="123"/>
        <source>Se&amp;ttings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="132"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="133"/>
        <source>&amp;About SalesCoach</source>
        <translation>À &amp;propos de SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="135"/>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="183"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="204"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="218"/>
        <source>&amp;Work</source>
        <translation>&amp;Travail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="238"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="239"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="240"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="263"/>
        <source>About SalesCoach</source>
        <translation>À propos de SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="264"/>
        <source>SalesCoach {version}
Your own funnel, your own coach.</source>
        <translation>SalesCoach {version}
Votre entonnoir, votre coach.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="297"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler : {change}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="301"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rétablir : {change}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="140"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="147"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="148"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="149"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="150"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="151"/>
        <source>Their value</source>
        <translation>Sa valeur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="167"/>
        <source>When a field was changed on two laptops, the change that reached the team&apos;s server last was kept and both values are listed here; so is a change to a record deleted elsewhere. Keep mine or Keep theirs settles it for both of you (a deleted contact comes back as a new one).</source>
        <translation>Quand un champ a été modifié sur deux ordinateurs, la modification arrivée en dernier sur le serveur de l&apos;équipe a été gardée et les deux valeurs sont listées ici ; de même pour une modification d&apos;une fiche supprimée ailleurs. Garder la mienne ou Garder la leur tranche pour vous deux (un contact supprimé revient comme nouveau contact).</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="177"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="182"/>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="214"/>
        <source>another laptop</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="216"/>
        <source>refused by the team&apos;s server: not sent</source>
        <translation>refusée par le serveur de l&apos;équipe : non envoyée</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="219"/>
        <source>deleted by {who} while you changed it</source>
        <translation>supprimée par {who} pendant que vous la modifiiez</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="221"/>
        <source>changed by {who} while you deleted it</source>
        <translation>modifiée par {who} pendant que vous la supprimiez</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="224"/>
        <source>changed by you and by {who}</source>
        <translation>modifiée par vous et par {who}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="227"/>
        <source>your value kept</source>
        <translation>votre valeur gardée</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="227"/>
        <source>their value kept</source>
        <translation>sa valeur gardée</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="38"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="38"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="49"/>
        <source>Where you visit them</source>
        <translation>Là où vous les rencontrez</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="51"/>
        <source>Already a customer</source>
        <translation>Déjà client</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="53"/>
        <source>Who introduced them (optional)</source>
        <translation>Qui vous l’a présenté (facultatif)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="69"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="70"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="71"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="73"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="75"/>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="76"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="77"/>
        <source>&amp;Source</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="79"/>
        <source>Referred &amp;by</source>
        <translation>Recommandé &amp;par</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="80"/>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="111"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Ceci ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="115"/>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Utilisez des chiffres, des espaces et éventuellement un + initial.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="138"/>
        <source>add contact {name}</source>
        <translation>ajouter le contact {name}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="139"/>
        <source>edit contact {name}</source>
        <translation>modifier le contact {name}</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/contact_picker.py" line="28"/>
        <source>Type a name or company…</source>
        <translation>Tapez un nom ou une entreprise…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/contact_picker.py" line="56"/>
        <source>Choose a contact from the suggestions.</source>
        <translation>Choisissez un contact parmi les suggestions.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="30"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="35"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="37"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="38"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="39"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="40"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="40"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="41"/>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/contacts_page.py" line="45"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="109"/>
        <source>Flow</source>
        <extracomment>How long what follows the tips (the detail, What worked, the funnel&apos;s picture) waits for them at most. Emitted on the GUI thread each time new figures are on screen: the ratio tiles first (`headline_shown`), then everything (`refreshed`). What worked&apos;s read of the current figures, once due (the tips are in); asked once the rep can see it too (`_outcomes_seen`). The funnel&apos;s counts waiting for the tips before they are drawn.</extracomment>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="110"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="113"/>
        <source>Flow: everything that happened in the period. Cohort: the files that became suspects in the period, followed up to today.</source>
        <translation>Flux : tout ce qui s&apos;est passé dans la période. Cohorte : les dossiers devenus suspects dans la période, suivis jusqu&apos;à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="126"/>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="129"/>
        <source>Calls, visits and meetings done per week</source>
        <translation>Appels, visites et rendez-vous faits par semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="136"/>
        <source>Chart saved to {path}.</source>
        <translation>Graphique enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="138"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bilan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="142"/>
        <source>Save this period&apos;s report as a PDF: the funnel against the period before, the plan for your monthly goal, the coach&apos;s tips and the charts.</source>
        <translation>Enregistrer le bilan de cette période en PDF : l&apos;entonnoir comparé à la période d&apos;avant, le plan pour votre objectif du mois, les conseils du coach et les graphiques.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="186"/>
        <source>Your funnel</source>
        <translation>Votre entonnoir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="196"/>
        <source>&amp;View:</source>
        <translation>&amp;Vue :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="216"/>
        <source>By source</source>
        <translation>Par origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="270"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="353"/>
        <source>Save report</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="355"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="399"/>
        <source>vs previous %n day(s)</source>
        <translation>
            <numerusform>par rapport au jour précédent</numerusform>
            <numerusform>par rapport aux %n jours précédents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="401"/>
        <source>{numerator} / {denominator}</source>
        <translation>{numerator} / {denominator}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="429"/>
        <source>Cohort view: the files that became suspects in the period, followed up to {day}; every ratio follows the same files.</source>
        <translation>Vue cohorte : les dossiers devenus suspects dans la période, suivis jusqu&apos;au {day} ; chaque ratio suit les mêmes dossiers.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="437"/>
        <source>Flow view: everything that happened in the period. A ratio can pass 100%: its two counts need not be the same files (this period&apos;s prospects may have been suspects before it).</source>
        <translation>Vue flux : tout ce qui s&apos;est passé dans la période. Un ratio peut dépasser 100 % : ses deux chiffres ne portent pas forcément sur les mêmes dossiers (les prospects de la période ont pu être suspects avant elle).</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="443"/>
        <source>In the flow view this ratio can pass 100%: switch to the cohort view to follow the same files through the funnel.</source>
        <translation>En vue flux, ce ratio peut dépasser 100 % : passez en vue cohorte pour suivre les mêmes dossiers dans l&apos;entonnoir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="455"/>
        <source>{first} to {last}, compared with the %n day(s) before</source>
        <translation>
            <numerusform>du {first} au {last}, comparé au jour précédent</numerusform>
            <numerusform>du {first} au {last}, comparé aux %n jours précédents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="228"/>
        <source>You are looking at demo data, not your own.</source>
        <extracomment>A status-bar message. The home database&apos;s passphrase, kept while the demo is shown, to go back to it.</extracomment>
        <translation>Vous regardez des données de démonstration, pas les vôtres.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="229"/>
        <source>Back to your database</source>
        <translation>Retour à votre base</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="250"/>
        <source>Welcome to SalesCoach</source>
        <translation>Bienvenue dans SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="252"/>
        <source>Your database is empty. Would you like to explore SalesCoach with a year of demo data first? File ▸ Back to your database brings you back to a clean start whenever you are ready.</source>
        <translation>Votre base est vide. Voulez-vous d&apos;abord découvrir SalesCoach avec une année de données de démonstration ? Fichier ▸ Retour à votre base vous ramène à un départ vierge dès que vous êtes prêt.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="259"/>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="260"/>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="282"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="283"/>
        <source>Your database holds your own contacts; demo data never go among them.</source>
        <translation>Votre base contient vos propres contacts ; les données de démonstration ne s&apos;y mélangent jamais.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="290"/>
        <source>Open a separate demo database instead? Your own data stay as they are, and File ▸ Back to your database brings you back.</source>
        <translation>Ouvrir plutôt une base de démonstration séparée ? Vos données restent telles quelles, et Fichier ▸ Retour à votre base vous y ramène.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="295"/>
        <source>Open the demo database</source>
        <translation>Ouvrir la base de démonstration</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="313"/>
        <source>Demo data loaded.</source>
        <translation>Données de démonstration chargées.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="323"/>
        <source>You are looking at demo data.</source>
        <translation>Vous regardez des données de démonstration.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="344"/>
        <source>Back to your database.</source>
        <translation>Retour à votre base.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="21"/>
        <location filename="../../salescoach/ui/errors.py" line="68"/>
        <source>SalesCoach</source>
        <extracomment>Crash boxes shown without a parent window (a bug in a slot, reported by the excepthook).</extracomment>
        <translation>SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="69"/>
        <source>Something went wrong inside SalesCoach. Your data is safe; the details were written to {path}.</source>
        <translation>Une erreur interne s&apos;est produite dans SalesCoach. Vos données sont intactes ; les détails sont dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="79"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="46"/>
        <source>Plan follow-ups</source>
        <translation>Planifier des relances</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="68"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="69"/>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="70"/>
        <source>No&amp;tes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="72"/>
        <source>Plan a follow-up with:</source>
        <translation>Planifier une relance avec :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="86"/>
        <source>%n follow-up(s) will be planned.</source>
        <translation>
            <numerusform>%n relance sera planifiée.</numerusform>
            <numerusform>%n relances seront planifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="90"/>
        <source>plan %n follow-up(s)</source>
        <translation>
            <numerusform>planifier %n relance</numerusform>
            <numerusform>planifier %n relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="51"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="55"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="56"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="57"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="63"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="67"/>
        <source>Mark done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="68"/>
        <source>Reschedule</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="70"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/followups_page.py" line="74"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="33"/>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="40"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="41"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="42"/>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="43"/>
        <source>New opportunities</source>
        <translation>Nouvelles affaires</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="45"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="54"/>
        <source>Undoing an import deletes what it added (with anything logged on it since) and puts back what it changed, unless you changed it since.</source>
        <translation>Annuler une importation supprime ce qu&apos;elle a ajouté (avec tout ce qui y a été noté depuis) et remet ce qu&apos;elle a modifié, sauf si vous l&apos;avez modifié depuis.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="46"/>
        <source>Already there</source>
        <translation>Déjà là</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="47"/>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="44"/>
        <source>New activities</source>
        <translation>Nouvelles actions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="60"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Annuler cette importation…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="89"/>
        <source>{when} (undone {undone})</source>
        <translation>{when} (annulée le {undone})</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="127"/>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="62"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="63"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="64"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="65"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="66"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="127"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="67"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="128"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="68"/>
        <source>Other e-mail (kept in the notes)</source>
        <translation>Autre e-mail (gardé dans les notes)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="69"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="129"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="313"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="70"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="71"/>
        <source>Other phone (kept in the notes)</source>
        <translation>Autre téléphone (gardé dans les notes)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="72"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="73"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="130"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="313"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="74"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="75"/>
        <source>Lead source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="76"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="77"/>
        <source>Customer (yes, or a CRM&apos;s lifecycle stage)</source>
        <translation>Client (oui, ou l&apos;étape de cycle de vie d&apos;un CRM)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="78"/>
        <source>Web or profile address (kept in the notes)</source>
        <translation>Adresse web ou de profil (gardée dans les notes)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="79"/>
        <source>Connected on (a social network)</source>
        <translation>En relation depuis (réseau social)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="81"/>
        <source>Activity date</source>
        <translation>Date de l&apos;action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="82"/>
        <source>Activity kind</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="83"/>
        <source>Activity status</source>
        <translation>Statut de l&apos;action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="84"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="85"/>
        <source>Needs heard</source>
        <translation>Besoins entendus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="86"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="100"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="109"/>
        <source>Reading {name}…</source>
        <extracomment>What the import did, once done.</extracomment>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="116"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="116"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="116"/>
        <source>Taken as</source>
        <translation>Prise comme</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="125"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="126"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="131"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="313"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="137"/>
        <source>Fill in their &amp;empty details</source>
        <translation>Compléter leurs champs &amp;vides</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="139"/>
        <source>&amp;Leave them as they are</source>
        <translation>Les &amp;laisser tels quels</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="147"/>
        <source>Contacts already there (same e-mail, or same name and company)</source>
        <translation>Contacts déjà là (même e-mail, ou même nom et même société)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="159"/>
        <source>&amp;Save these rows as CSV…</source>
        <translation>&amp;Enregistrer ces lignes en CSV…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="165"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="175"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="176"/>
        <source>Read as:</source>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="177"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="182"/>
        <source>What each column is taken for:</source>
        <translation>Ce que donne chaque colonne :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="184"/>
        <source>The first rows, as they will be stored:</source>
        <translation>Les premières lignes, telles qu&apos;elles seront enregistrées :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="212"/>
        <source>Excel workbook, sheet &apos;{sheet}&apos;</source>
        <translation>Classeur Excel, feuille « {sheet} »</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="218"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="218"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="218"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="221"/>
        <source>{encoding}, with line {lines} in {other}</source>
        <translation>{encoding}, avec la ligne {lines} en {other}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="227"/>
        <source>{encoding} text, columns separated by {separator}</source>
        <translation>Texte {encoding}, colonnes séparées par {separator}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="232"/>
        <source>vCard address book</source>
        <translation>Carnet d&apos;adresses vCard</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="270"/>
        <source>Take a column as the full name, or columns as the first and last name: a contact needs a name.</source>
        <translation>Prenez une colonne comme nom complet, ou des colonnes comme prénom et nom : un contact a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="303"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="303"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="303"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="318"/>
        <source>(cannot be read: {why})</source>
        <translation>(illisible : {why})</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="338"/>
        <source>line {line}, column &apos;{column}&apos;, left out: {reason}</source>
        <translation>ligne {line}, colonne « {column} », laissée de côté : {reason}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="334"/>
        <source>line {line}: {reason}</source>
        <translation>ligne {line} : {reason}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="352"/>
        <source>Save the rows to fix</source>
        <translation>Enregistrer les lignes à corriger</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="354"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="359"/>
        <source>Why it was not imported</source>
        <translation>Pourquoi elle n&apos;a pas été importée</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="365"/>
        <source>The rows to fix are in {path}.</source>
        <translation>Les lignes à corriger sont dans {path}.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="376"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="380"/>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="412"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="76"/>
        <source>Join your team</source>
        <extracomment>Joined; carries the password typed (kept in memory by the window for its syncs).</extracomment>
        <translation>Rejoindre votre équipe</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="81"/>
        <source>&amp;Your name in the team</source>
        <translation>&amp;Votre nom dans l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="84"/>
        <source>Your contacts are shared with the team; your deals, activities and notes stay yours. The password is kept in the system keyring where there is one, never in the database.</source>
        <translation>Vos contacts sont partagés avec l&apos;équipe ; vos affaires, actions et notes restent à vous. Le mot de passe est gardé dans le trousseau du système quand il y en a un, jamais dans la base.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="93"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
</context>
<context>
    <name>KindStatus</name>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="74"/>
        <source>Call (done)</source>
        <translation>Appel (fait)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="75"/>
        <source>Call (no answer)</source>
        <translation>Appel (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="76"/>
        <source>Call (cancelled)</source>
        <translation>Appel (annulé)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="77"/>
        <source>E-mail (done)</source>
        <translation>E-mail (envoyé)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="78"/>
        <source>E-mail (no answer)</source>
        <translation>E-mail (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="79"/>
        <source>E-mail (cancelled)</source>
        <translation>E-mail (annulé)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="80"/>
        <source>Social message (done)</source>
        <translation>Message sur un réseau (envoyé)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="81"/>
        <source>Social message (no answer)</source>
        <translation>Message sur un réseau (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="82"/>
        <source>Social message (cancelled)</source>
        <translation>Message sur un réseau (annulé)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="83"/>
        <source>Meeting (done)</source>
        <translation>Rendez-vous (tenu)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="84"/>
        <source>Meeting (no-show)</source>
        <translation>Rendez-vous (client absent)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="85"/>
        <source>Meeting (cancelled)</source>
        <translation>Rendez-vous (annulé)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="86"/>
        <source>Visit (done)</source>
        <translation>Visite (faite)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="87"/>
        <source>Visit (no-show)</source>
        <translation>Visite (client absent)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="88"/>
        <source>Visit (cancelled)</source>
        <translation>Visite (annulée)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="89"/>
        <source>Proposal (done)</source>
        <translation>Proposition (faite)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="90"/>
        <source>Proposal (no answer)</source>
        <translation>Proposition (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="91"/>
        <source>Proposal (cancelled)</source>
        <translation>Proposition (annulée)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="92"/>
        <source>Note (done)</source>
        <translation>Note (faite)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="93"/>
        <source>Note (no answer)</source>
        <translation>Note (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="94"/>
        <source>Note (cancelled)</source>
        <translation>Note (annulée)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="21"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="22"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="23"/>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="24"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="25"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="26"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="27"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="33"/>
        <source>Cold call</source>
        <translation>Appel à froid</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="34"/>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="35"/>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="36"/>
        <source>Inbound</source>
        <translation>Demande entrante</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="37"/>
        <source>Event</source>
        <translation>Salon / événement</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="38"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="44"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="46"/>
        <source>Social message</source>
        <translation>Message sur un réseau</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="47"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="48"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="49"/>
        <location filename="../../salescoach/ui/labels.py" line="153"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="56"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="57"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="58"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="59"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="104"/>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Demain</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="104"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="151"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="152"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="154"/>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="155"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="161"/>
        <source>Suspects</source>
        <translation>Suspects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="162"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="163"/>
        <source>Appointments made</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="164"/>
        <source>Appointments held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="165"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="166"/>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="175"/>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="182"/>
        <source>{sign}{value} pts</source>
        <translation>{sign}{value} pts</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="188"/>
        <source>Prospects ÷ suspects: are the targets right, is the opening pitch good?</source>
        <translation>Prospects ÷ suspects : les cibles sont-elles les bonnes, la première approche est-elle convaincante ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="191"/>
        <source>Appointments held ÷ appointments made: are meetings worth honouring for the customer?</source>
        <translation>Rendez-vous tenus ÷ rendez-vous pris : le client a-t-il une raison de venir ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="195"/>
        <source>Proposals ÷ appointments held: are needs understood and turned into offers?</source>
        <translation>Propositions ÷ rendez-vous tenus : les besoins sont-ils compris et traduits en offres ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="198"/>
        <source>Won ÷ proposals: negotiation and persuasion.</source>
        <translation>Gagnés ÷ propositions : négociation et force de conviction.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="199"/>
        <source>Won ÷ suspects: the whole chain.</source>
        <translation>Gagnés ÷ suspects : toute la chaîne.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/launcher.py" line="160"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/launcher.py" line="161"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="159"/>
        <source>This also deletes their {opportunities} and {activities}.</source>
        <extracomment>Every dialog or question it opens, so tests and the window can find the current one. A dialog saved a row: (Subject, id); the window selects it in the current list. A contact was erased for good (nothing about them may stay, not even in Undo). The Settings dialog opened (the window connects what it changes).</extracomment>
        <translation>Cela supprime aussi ses {opportunities} et ses {activities}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/launcher.py" line="165"/>
        <source>%n contact(s) they referred will no longer show who referred them.</source>
        <translation>
            <numerusform>%n contact qu&apos;il ou elle a recommandé n&apos;indiquera plus qui l&apos;a recommandé.</numerusform>
            <numerusform>%n contacts qu&apos;il ou elle a recommandés n&apos;indiqueront plus qui les a recommandés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="171"/>
        <source>On your team, {name} leaves your lists only: your teammates&apos; deals and activities with them are kept, and the team keeps {name} while their work needs them.</source>
        <translation>Dans votre équipe, {name} quitte seulement vos listes : les affaires et activités de vos collègues avec ce contact sont gardées, et l&apos;équipe garde {name} tant que leur travail en a besoin.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="176"/>
        <source>Delete {name}?</source>
        <translation>Supprimer {name} ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="181"/>
        <source>delete contact {name}</source>
        <translation>supprimer le contact {name}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="193"/>
        <source>Erase {name} for good?</source>
        <translation>Effacer définitivement {name} ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="195"/>
        <source>Their deals, activities, notes and the needs they told you are removed from this database and from its backups, and cannot be brought back, not even with Undo. Copies you made elsewhere are not touched.</source>
        <translation>Ses affaires, ses actions, les notes et les besoins exprimés sont retirés de cette base et de ses sauvegardes, et ne pourront pas revenir, même avec Annuler. Les copies faites ailleurs ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="251"/>
        <source>Delete the opportunity &apos;{title}&apos;?</source>
        <translation>Supprimer l&apos;affaire « {title} » ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="252"/>
        <source>Its stage history goes with it; its activities stay, without it.</source>
        <translation>Son historique d&apos;étapes part avec elle ; ses actions restent, sans elle.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="256"/>
        <source>delete opportunity {title}</source>
        <translation>supprimer l&apos;affaire {title}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="267"/>
        <source>mark opportunity lost</source>
        <translation>marquer l&apos;affaire perdue</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="269"/>
        <source>move opportunity to {stage}</source>
        <translation>déplacer l&apos;affaire vers {stage}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="280"/>
        <source>Mark this opportunity as lost?</source>
        <translation>Marquer cette affaire comme perdue ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="281"/>
        <source>A lost opportunity cannot move again.</source>
        <translation>Une affaire perdue ne peut plus changer d&apos;étape.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="367"/>
        <source>Delete this activity?</source>
        <translation>Supprimer cette action ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="368"/>
        <source>What was logged with it, its outcome, needs and notes, goes too.</source>
        <translation>Ce qui a été noté avec elle, son résultat, les besoins et les notes, disparaît aussi.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="372"/>
        <source>delete activity</source>
        <translation>supprimer une action</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="428"/>
        <source>SalesCoach</source>
        <translation>SalesCoach</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../salescoach/ui/views/list_page.py" line="187"/>
        <source>Show all</source>
        <extracomment>What a row of this list is.</extracomment>
        <translation>Tout afficher</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="258"/>
        <source>Search this list (Ctrl+F)</source>
        <extracomment>The pages by kind (also `today`, `dashboard`... below, as the rest of the app says).</extracomment>
        <translation>Rechercher dans la liste (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/main_window.py" line="425"/>
        <source>Undo forgot %n step(s) over records the sync changed</source>
        <translation>
            <numerusform>Annuler a oublié %n étape touchant des fiches changées par la synchronisation</numerusform>
            <numerusform>Annuler a oublié %n étapes touchant des fiches changées par la synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="431"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="438"/>
        <source>{file} (demo data)</source>
        <translation>{file} (démonstration)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="440"/>
        <source>{file} (read-only)</source>
        <translation>{file} (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="445"/>
        <source>The database SalesCoach has open</source>
        <translation>La base ouverte par SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="490"/>
        <source>SalesCoach is still running</source>
        <translation>SalesCoach reste ouvert</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="492"/>
        <source>It stays in the tray to remind you of your follow-ups. Quit from its menu, or turn reminders off in Settings.</source>
        <translation>Il reste dans la zone de notification pour vous rappeler vos relances. Quittez-le depuis son menu, ou désactivez les rappels dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="320"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="88"/>
        <source>Opening your database…</source>
        <extracomment>How long the rest of the window waits for the first page&apos;s figures at most. The rep chose another language or theme in Settings: a new window shows it. Every page, command and collaborator is in (`fill` builds them after the first page).</extracomment>
        <translation>Ouverture de votre base…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="95"/>
        <source>SalesCoach</source>
        <extracomment>Shown in the frame until the first page takes its place: &quot;Opening your database…&quot;, or the Today the rep last saw (`show_last_today`).</extracomment>
        <translation>SalesCoach</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="82"/>
        <source>SalesCoach</source>
        <extracomment>Problems a read-only look can get round: a file being written by another program, or damaged pages that may spare what the rep needs to read. Problems a backup can cure.</extracomment>
        <translation>SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="85"/>
        <source>Create a new database here</source>
        <translation>Créer une nouvelle base ici</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="86"/>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="87"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="88"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="89"/>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="90"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="142"/>
        <source>Open a SalesCoach database</source>
        <translation>Ouvrir une base SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="144"/>
        <source>SalesCoach databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases SalesCoach (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="40"/>
        <source>New opportunity</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="40"/>
        <source>Edit opportunity</source>
        <translation>Modifier l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="48"/>
        <source>What they might buy</source>
        <translation>Ce qu&apos;il pourrait acheter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="63"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="65"/>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="66"/>
        <source>&amp;Value</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="67"/>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="69"/>
        <source>&amp;Starting stage</source>
        <translation>Étape de &amp;départ</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="89"/>
        <source>add opportunity {title}</source>
        <translation>ajouter l&apos;affaire {title}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="90"/>
        <source>edit opportunity {title}</source>
        <translation>modifier l&apos;affaire {title}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="30"/>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="33"/>
        <source>Your database and its backups will be encrypted: without the passphrase nobody can read them, not even SalesCoach. Keep it somewhere safe: a forgotten passphrase cannot be recovered.</source>
        <translation>Votre base et ses sauvegardes seront chiffrées : sans la phrase secrète, personne ne peut les lire, pas même SalesCoach. Gardez-la en lieu sûr : une phrase oubliée ne se retrouve pas.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="47"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="48"/>
        <source>&amp;Once more</source>
        <translation>&amp;Encore une fois</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="30"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="31"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="32"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="33"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="41"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
</context>
<context>
    <name>PlannerBox</name>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="13"/>
        <source>Planner</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="23"/>
        <source>New customers &amp;to win:</source>
        <translation>Nouveaux clients à ga&amp;gner :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="24"/>
        <source>At this period&apos;s ratios you need:</source>
        <translation>Aux ratios de cette période, il vous faut :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="48"/>
        <source>Undefined: a ratio on the way is zero or has no data in this period.</source>
        <translation>Indéfini : un ratio en chemin est nul ou sans données sur cette période.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="109"/>
        <source>Your data and its backups are now protected by the passphrase.</source>
        <translation>Vos données et leurs sauvegardes sont maintenant protégées par la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="111"/>
        <source>The passphrase is removed from your data and its backups.</source>
        <translation>La phrase secrète est retirée de vos données et de leurs sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="119"/>
        <source>That passphrase does not open {name}. Try again:</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {name}. Réessayez :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="121"/>
        <source>{name} is protected by a passphrase:</source>
        <translation>{name} est protégée par une phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="124"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
</context>
<context>
    <name>RatioTile</name>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="61"/>
        <source>no comparison</source>
        <translation>pas de comparaison</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="63"/>
        <source>This ratio is undefined in this period or in the one before it.</source>
        <translation>Ce ratio n&apos;est pas défini sur cette période ou sur la précédente.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="69"/>
        <source>{arrow} {points} {comparison}</source>
        <translation>{arrow} {points} {comparison}</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="46"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="58"/>
        <source>Last conversation</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="59"/>
        <source>Needs recorded</source>
        <translation>Besoins notés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="60"/>
        <source>Open deal</source>
        <translation>Affaire en cours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="61"/>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="62"/>
        <source>The coach says</source>
        <translation>Le coach dit</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="67"/>
        <source>&amp;Log it done…</source>
        <translation>&amp;Noter comme faite…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="69"/>
        <source>Open &amp;contact</source>
        <translation>Ouvrir le &amp;contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="70"/>
        <source>&amp;Briefing…</source>
        <translation>&amp;Fiche de visite…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="77"/>
        <source>Later:</source>
        <translation>Plus tard :</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="79"/>
        <source>In an &amp;hour</source>
        <translation>Dans une &amp;heure</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="81"/>
        <source>Next &amp;week</source>
        <translation>La &amp;semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="126"/>
        <source>{kind} with {who}</source>
        <translation>{kind} avec {who}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="128"/>
        <source>Due {when}</source>
        <translation>Prévu le {when}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="130"/>
        <source>Overdue since {when}</source>
        <translation>En retard depuis le {when}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="142"/>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="147"/>
        <source>Nothing recorded yet: ask, and listen.</source>
        <translation>Rien de noté pour l&apos;instant : posez la question, et écoutez.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="155"/>
        <source>No open deal</source>
        <translation>Pas d&apos;affaire en cours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="159"/>
        <source>No visit yet</source>
        <translation>Pas encore de visite</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="163"/>
        <source>Nothing in particular.</source>
        <translation>Rien de particulier.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="191"/>
        <source>reschedule follow-up</source>
        <translation>reporter la relance</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/reminders.py" line="130"/>
        <source>SalesCoach: %n overdue</source>
        <extracomment>Look back at most this far on start: a rep back from holiday needs a list, not 300 pop-ups. A notification was given: (title, message); tests and the status bar listen. The rep clicked a notification about one follow-up (its id), or several (None). The tray menu asked for the window, or for Today. (id, due) of what was announced in the windows looked at lately: said once only</extracomment>
        <translation>
            <numerusform>SalesCoach : %n en retard</numerusform>
            <numerusform>SalesCoach : %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/reminders.py" line="132"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n prévue aujourd&apos;hui</numerusform>
            <numerusform>%n prévues aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="138"/>
        <source>{kind} with {contact}</source>
        <translation>{kind} avec {contact}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="141"/>
        <source>Due {when}.</source>
        <translation>Prévu le {when}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/reminders.py" line="146"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="169"/>
        <source>Show SalesCoach</source>
        <translation>Afficher SalesCoach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="170"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="172"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="28"/>
        <source>Reschedule follow-up</source>
        <translation>Reporter la relance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="35"/>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="36"/>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="49"/>
        <source>reschedule follow-up</source>
        <translation>reporter une relance</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="155"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="156"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <extracomment>Settings shown as percentages (stored as shares of 1). The rep chose another language or theme: the window is rebuilt in it. Reminders were turned on or off, or given another head start.</extracomment>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="104"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="115"/>
        <source>The coach&apos;s thresholds as SalesCoach sets them</source>
        <translation>Les seuils du coach tels que SalesCoach les règle</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="127"/>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="138"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="139"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="148"/>
        <source>The page I last used</source>
        <translation>La dernière page utilisée</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="149"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="150"/>
        <source>The dashboard</source>
        <translation>Le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="155"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="156"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="157"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="162"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="163"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="164"/>
        <source>&amp;Open on</source>
        <translation>&amp;Ouvrir sur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="165"/>
        <source>The dashboard &amp;shows</source>
        <translation>Le tableau de bord &amp;montre</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="177"/>
        <source>New &amp;customers a month</source>
        <translation>Nouveaux &amp;clients par mois</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="180"/>
        <source>Weekly targets follow from this goal at your own ratios (the planner). Set one by hand to override it.</source>
        <translation>Les objectifs de la semaine découlent de ce but à vos propres ratios (le planificateur). Saisissez-en un pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Calls a week</source>
        <translation>Appels par semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Appointments a week</source>
        <translation>Rendez-vous par semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Proposals a week</source>
        <translation>Propositions par semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="196"/>
        <source>From the planner</source>
        <translation>Selon le planificateur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="237"/>
        <source>Working days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="238"/>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Calls a day, at most</source>
        <translation>Appels par jour, au plus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="240"/>
        <source>Visits a day, at most</source>
        <translation>Visites par jour, au plus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="244"/>
        <source>&amp;Remind me of follow-ups as they fall due</source>
        <translation>Me &amp;rappeler les relances à leur échéance</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="251"/>
        <source>At the time they are due</source>
        <translation>À l&apos;heure prévue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="252"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="260"/>
        <source>While reminders are on, closing the window keeps SalesCoach in the tray where the desktop has one.</source>
        <translation>Tant que les rappels sont actifs, fermer la fenêtre laisse SalesCoach dans la zone de notification, si le bureau en a une.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="268"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="274"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="274"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="276"/>
        <source>A customer feels neglected after</source>
        <translation>Un client se sent délaissé après</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="279"/>
        <source>Thank people who refer others within</source>
        <translation>Remercier ceux qui vous recommandent sous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="286"/>
        <source>A deal in approach or negotiation waits at most</source>
        <translation>Une affaire en approche ou en négociation attend au plus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="291"/>
        <source>Check in after a won deal within</source>
        <translation>Prendre des nouvelles après une affaire gagnée sous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="294"/>
        <source>Calls and visits are low below this share of your usual week</source>
        <translation>Appels et visites sont faibles sous cette part de votre semaine habituelle</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="299"/>
        <source>A ratio is weak when it falls by</source>
        <translation>Un ratio est faible quand il baisse de</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="300"/>
        <source>Judge a ratio on at least (items)</source>
        <translation>Juger un ratio sur au moins (éléments)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="301"/>
        <source>Compare periods of</source>
        <translation>Comparer des périodes de</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="304"/>
        <source>What worked counts what follows a follow-up within</source>
        <translation>Ce qui a marché compte ce qui suit une relance dans les</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="321"/>
        <source>A tip you dismissed comes back when its signal gets worse.</source>
        <translation>Un conseil écarté revient quand son signal s&apos;aggrave.</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <location filename="../../salescoach/ui/widgets/sheet_view.py" line="31"/>
        <source>Loading…</source>
        <extracomment>A link in the sheet was followed (&quot;contact:12&quot;). The PDF is written (its path).</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/sheet_view.py" line="53"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/sheet_view.py" line="53"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="36"/>
        <source>Open the selected item</source>
        <translation>Ouvrir l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="36"/>
        <source>Enter or double-click</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="37"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="37"/>
        <source>Esc in the search box</source>
        <translation>Échap dans la zone de recherche</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="38"/>
        <source>What you can do with an item</source>
        <translation>Ce que vous pouvez faire d&apos;un élément</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="38"/>
        <source>Right-click it</source>
        <translation>Clic droit dessus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="39"/>
        <source>Move to the next field in a form</source>
        <translation>Passer au champ suivant d&apos;un formulaire</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="39"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="43"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="22"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="23"/>
        <source>Suspects</source>
        <translation>Suspects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="24"/>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="25"/>
        <source>Made</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="26"/>
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="27"/>
        <source>Proposals</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="28"/>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="29"/>
        <source>Qualif.</source>
        <translation>Qualif.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="30"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="85"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="93"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="94"/>
        <source>&amp;Log activity…</source>
        <translation>&amp;Noter une action…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="95"/>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planifier une relance…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="98"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
</context>
<context>
    <name>TeamDialogs</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="62"/>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="63"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
</context>
<context>
    <name>TeamFunnelDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="265"/>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="362"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="274"/>
        <source>Team &amp;target (new customers)</source>
        <translation>&amp;Objectif de l&apos;équipe (nouveaux clients)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="275"/>
        <source>Sho&amp;w the last 90 days</source>
        <translation>&amp;Afficher les 90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="295"/>
        <source>&amp;Funnel</source>
        <translation>&amp;Entonnoir</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="296"/>
        <source>This wee&amp;k</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="297"/>
        <source>What w&amp;orked</source>
        <translation>Ce qui a ma&amp;rché</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="385"/>
        <source>{rep}: {link}</source>
        <translation>{rep} : {link}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="390"/>
        <source>Weakest link of each rep: {links}</source>
        <translation>Maillon faible de chaque commercial : {links}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="411"/>
        <source>Each rep&apos;s week against the targets their own ratios set for their share of the team target: {share} new customers a month each.</source>
        <translation>La semaine de chaque commercial face aux objectifs que ses propres ratios fixent pour sa part de l&apos;objectif d&apos;équipe : {share} nouveaux clients par mois chacun.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="423"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="424"/>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="425"/>
        <source>Reached</source>
        <translation>Abouties</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="426"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="427"/>
        <source>Deals advanced</source>
        <translation>Affaires avancées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="428"/>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="457"/>
        <source>For {target} new customers at the team&apos;s ratios, the team needs: {needed}</source>
        <translation>Pour {target} nouveaux clients aux ratios de l&apos;équipe, il faut à l&apos;équipe : {needed}</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="71"/>
        <source>Syncing…</source>
        <extracomment>How often a joined laptop syncs on its own. A status-bar message. The uids of the rows a sync wrote here (Undo forgets the steps over them).</extracomment>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="73"/>
        <source>Team server out of reach</source>
        <translation>Serveur de l&apos;équipe injoignable</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="77"/>
        <source>Synced {when}</source>
        <translation>Synchronisé le {when}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="80"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/team_sync.py" line="82"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/team_sync.py" line="84"/>
        <source>%n conflict(s) to read</source>
        <translation>
            <numerusform>%n conflit à lire</numerusform>
            <numerusform>%n conflits à lire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="142"/>
        <source>Team server</source>
        <translation>Serveur de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="143"/>
        <source>The team server asks for your password:</source>
        <translation>Le serveur de l&apos;équipe demande votre mot de passe :</translation>
    </message>
</context>
<context>
    <name>TipActions</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/tip_actions.py" line="43"/>
        <source>%n contact(s) from the tip “{title}”.</source>
        <translation>
            <numerusform>%n contact issu du conseil « {title} ».</numerusform>
            <numerusform>%n contacts issus du conseil « {title} ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="89"/>
        <source>Why?</source>
        <extracomment>Action buttons side by side on a card. The rep set the tip aside: until a date (snooze) or None (dismiss). The rep wants a tip they had set aside back among the others.</extracomment>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="96"/>
        <source>Bring back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="97"/>
        <source>Show this tip among the others again.</source>
        <translation>Afficher de nouveau ce conseil parmi les autres.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="101"/>
        <source>Snooze a week</source>
        <translation>Reporter d’une semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="102"/>
        <source>Hide this tip for a week, unless it gets worse.</source>
        <translation>Masquer ce conseil pendant une semaine, sauf s&apos;il s&apos;aggrave.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="106"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="107"/>
        <source>Hide this tip until it gets worse.</source>
        <translation>Masquer ce conseil jusqu&apos;à ce qu&apos;il s&apos;aggrave.</translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="129"/>
        <source>No tip today: your figures say nothing worrying.</source>
        <extracomment>A line was opened (Enter, a double-click): its AgendaItem. Another line became the current one, or none is. A coach tip&apos;s one-click action: (Action, {contact id: name}, tip title, lesson). The rep set the tip aside: (Tip, until when or None).</extracomment>
        <translation>Pas de conseil aujourd&apos;hui : vos chiffres ne disent rien d&apos;inquiétant.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="163"/>
        <source>The week&apos;s last working day: time to look back.</source>
        <extracomment>On the week&apos;s last working day, beside the day&apos;s title where the rep sees it without scrolling: Work ▸ Review my week, with a word why</extracomment>
        <translation>Dernier jour ouvré de la semaine : l&apos;heure du bilan.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="183"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="191"/>
        <source>The coach&apos;s top tip</source>
        <translation>Le conseil du coach</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="200"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="201"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="202"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="224"/>
        <source>Plan my week…</source>
        <extracomment>The week&apos;s one focus: the weakest link of the rep&apos;s chain and an exercise for it Work ▸ Plan my week, where the rep looks at the week (the window connects it)</extracomment>
        <translation>Planifier ma semaine…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="168"/>
        <source>Review my week…</source>
        <translation>Bilan de ma semaine…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="242"/>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="247"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="248"/>
        <source>Other follow-ups today (%n)</source>
        <translation>
            <numerusform>Autre relance du jour (%n)</numerusform>
            <numerusform>Autres relances du jour (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="253"/>
        <source>Meetings and visits today (%n)</source>
        <translation>
            <numerusform>Rendez-vous et visites du jour (%n)</numerusform>
            <numerusform>Rendez-vous et visites du jour (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="269"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="271"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n prévue aujourd&apos;hui</numerusform>
            <numerusform>%n prévues aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="302"/>
        <source>This week, {first} to {last}</source>
        <translation>Cette semaine, du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="313"/>
        <source>{done} (no target yet)</source>
        <translation>{done} (pas encore d&apos;objectif)</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="318"/>
        <source>{done} of {target}</source>
        <translation>{done} sur {target}</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="320"/>
        <source>{shown}, {planned} more planned</source>
        <translation>{shown}, {planned} de plus planifiés</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="326"/>
        <source>Targets come from the planner: your monthly goal at your own ratios. Set them in Settings.</source>
        <translation>Les objectifs viennent du planificateur : votre but du mois à vos propres ratios. Réglez-les dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="331"/>
        <source>Some targets need more history: log your calls, meetings and proposals so the planner can measure your ratios, or set them in Settings.</source>
        <translation>Certains objectifs demandent plus d&apos;historique : notez vos appels, rendez-vous et propositions pour que le planificateur mesure vos ratios, ou réglez-les dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../salescoach/ui/views/today_page.py" line="66"/>
        <source>Today</source>
        <extracomment>A coach tip&apos;s one-click action: (Action, {contact id: name}, tip title, lesson).</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="311"/>
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="95"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="144"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="97"/>
        <source>SalesCoach files, spreadsheets and CSV exports ({patterns})</source>
        <translation>Fichiers SalesCoach, tableurs et exports CSV ({patterns})</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="165"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="51"/>
        <source>Plan my week</source>
        <extracomment>The table&apos;s columns.</extracomment>
        <translation>Planifier ma semaine</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="59"/>
        <source>{first} to {last}. This week asks for {calls} calls, {appointments} appointments and {proposals} proposals.</source>
        <translation>Du {first} au {last}. Cette semaine demande {calls} appels, {appointments} rendez-vous et {proposals} propositions.</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="70"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="71"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="72"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="74"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="86"/>
        <source>S&amp;wap day and time</source>
        <translation>É&amp;changer jour et heure</translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="88"/>
        <source>Select two items to exchange their slots.</source>
        <translation>Sélectionnez deux éléments pour échanger leurs créneaux.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="172"/>
        <source>%n follow-up(s) will be planned.</source>
        <translation>
            <numerusform>%n relance sera planifiée.</numerusform>
            <numerusform>%n relances seront planifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="176"/>
        <source>plan the week</source>
        <translation>planifier la semaine</translation>
    </message>
</context>
<context>
    <name>WhatWorked</name>
    <message>
        <location filename="../../salescoach/ui/widgets/what_worked.py" line="28"/>
        <source>What worked</source>
        <extracomment>The rep can see it while it waits for figures (emitted once per `wait`).</extracomment>
        <translation>Ce qui a marché</translation>
    </message>
</context>
</TS>
