<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="86"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="92"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="93"/>
        <source>Customer&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/activities_page.py" line="97"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="24"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="25"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="26"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="27"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="28"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="93"/>
        <source>Log activity</source>
        <extracomment>Emitted when the rep asked to plan a follow-up after saving; carries the preset.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="93"/>
        <source>Plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="107"/>
        <source>What did the customer say they need or want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="123"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="124"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="126"/>
        <source>&amp;Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="127"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="127"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="129"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="130"/>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="131"/>
        <source>Customer&apos;s &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="132"/>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="137"/>
        <source>Save and plan &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="180"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="197"/>
        <source>This is in the past: it will show as overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="202"/>
        <source>edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="204"/>
        <source>plan follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="205"/>
        <source>log {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="252"/>
        <source>Follow-up: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="55"/>
        <source>When</source>
        <extracomment>How many rows past those in view a list measures to size its columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="56"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="57"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="58"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="59"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="86"/>
        <source>Backing up… {percent}%</source>
        <extracomment>A status-bar message (progress, the file written). A backup was written; carries its path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="147"/>
        <source>Restoring {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="151"/>
        <source>Restored {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="171"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="177"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="178"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="179"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="180"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="187"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="191"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="194"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="210"/>
        <source>Every backup of the last (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="211"/>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="212"/>
        <source>Weekly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="213"/>
        <source>Monthly backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="223"/>
        <source>Save rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="239"/>
        <source>This database is open read-only: it is not backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="243"/>
        <source>Backups of {name}, newest first. Restoring one backs up the database as it is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="291"/>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="293"/>
        <source>SalesCoach databases (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="301"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="302"/>
        <source>Replace your data with {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/backups.py" line="309"/>
        <source>The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="128"/>
        <source>Show &amp;lost opportunities</source>
        <extracomment>The page&apos;s own switch; the window&apos;s View menu offers the same action.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="175"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="249"/>
        <source>%n opportunity(ies) in the funnel</source>
        <translation>
            <numerusform>%n opportunity in the funnel</numerusform>
            <numerusform>%n opportunities in the funnel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="298"/>
        <source>History: {trail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="127"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="128"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="194"/>
        <source>Save as PNG…</source>
        <extracomment>Emitted on the GUI thread when a new picture is on screen. What the newest picture asked for was drawn from: (data, style, size, ratio).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="197"/>
        <source>Loading chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="274"/>
        <source>Save chart</source>
        <extracomment>After a resize, the pause before the chart is drawn at its new size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="274"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="69"/>
        <source>Nothing in this period yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="61"/>
        <source>Coach</source>
        <extracomment>An action from a tip: (action, names of the contacts it concerns, the tip&apos;s title). A first step for an empty file: &quot;contact&quot;, &quot;call&quot; or &quot;demo&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="85"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="129"/>
        <source>Reading {first} – {last}, against the same length before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="134"/>
        <source>Welcome! Your coach needs something to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="136"/>
        <source>%n tip(s) from your own figures.</source>
        <translation>
            <numerusform>%n tip from your own figures.</numerusform>
            <numerusform>%n tips from your own figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="139"/>
        <source>%n more wait(s) until you deal with these.</source>
        <translation>
            <numerusform>%n more waits until you deal with these.</numerusform>
            <numerusform>%n more wait until you deal with these.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="143"/>
        <source>Nothing to point out today: keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="164"/>
        <source>Hide those set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="168"/>
        <source>Show %n set aside</source>
        <translation>
            <numerusform>Show %n set aside</numerusform>
            <numerusform>Show %n set aside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="199"/>
        <source>The coach reads your own work. Add the people you sell to and log your calls and visits: tips appear as soon as your figures say something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="208"/>
        <source>Add your first contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="209"/>
        <source>Log a call (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="210"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="73"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="74"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="75"/>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="76"/>
        <source>S&amp;ync with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="77"/>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="78"/>
        <source>&amp;Team figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="79"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="80"/>
        <source>Bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="81"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="82"/>
        <source>Remove the pa&amp;ssphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="83"/>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="85"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="87"/>
        <location filename="../../salescoach/ui/commands.py" line="297"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="88"/>
        <location filename="../../salescoach/ui/commands.py" line="301"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="91"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="93"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="95"/>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="98"/>
        <source>New &amp;opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="104"/>
        <source>&amp;Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="110"/>
        <source>&amp;Plan follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="114"/>
        <source>Plan my &amp;week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="115"/>
        <source>Re&amp;view my week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="116"/>
        <source>&amp;Advance to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="117"/>
        <source>Mark lo&amp;st…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="119"/>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="120"/>
        <source>Visit &amp;briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="84"/>
        <source>Back to you&amp;r database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="92"/>
        <source>Erase contact for &amp;good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="118"/>
        <source>Mark do&amp;ne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="121"/>
        <source>Open contact car&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="122"/>
        <source>Coac&amp;h settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="123"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="132"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="133"/>
        <source>&amp;About SalesCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="135"/>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="183"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="204"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="218"/>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="238"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="239"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="240"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="263"/>
        <source>About SalesCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="264"/>
        <source>SalesCoach {version}
Your own funnel, your own coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="297"/>
        <source>&amp;Undo {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/commands.py" line="301"/>
        <source>&amp;Redo {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="140"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="147"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="148"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="149"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="150"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="151"/>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="167"/>
        <source>When a field was changed on two laptops, the change that reached the team&apos;s server last was kept and both values are listed here; so is a change to a record deleted elsewhere. Keep mine or Keep theirs settles it for both of you (a deleted contact comes back as a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="177"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="182"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="214"/>
        <source>another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="216"/>
        <source>refused by the team&apos;s server: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="219"/>
        <source>deleted by {who} while you changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="221"/>
        <source>changed by {who} while you deleted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="224"/>
        <source>changed by you and by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="227"/>
        <source>your value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="227"/>
        <source>their value kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="38"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="38"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="49"/>
        <source>Where you visit them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="51"/>
        <source>Already a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="53"/>
        <source>Who introduced them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="69"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="70"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="71"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="73"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="75"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="76"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="77"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="79"/>
        <source>Referred &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="80"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="111"/>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="115"/>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="138"/>
        <source>add contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="139"/>
        <source>edit contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/contact_picker.py" line="28"/>
        <source>Type a name or company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/contact_picker.py" line="56"/>
        <source>Choose a contact from the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="30"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="35"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="36"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="37"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="38"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="39"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="40"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="40"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="41"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="110"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="113"/>
        <source>Flow: everything that happened in the period. Cohort: the files that became suspects in the period, followed up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="126"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="129"/>
        <source>Calls, visits and meetings done per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="136"/>
        <source>Chart saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="138"/>
        <source>&amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="142"/>
        <source>Save this period&apos;s report as a PDF: the funnel against the period before, the plan for your monthly goal, the coach&apos;s tips and the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="186"/>
        <source>Your funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="196"/>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="216"/>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="270"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="353"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="355"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="399"/>
        <source>vs previous %n day(s)</source>
        <translation>
            <numerusform>vs previous day</numerusform>
            <numerusform>vs previous %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="401"/>
        <source>{numerator} / {denominator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="429"/>
        <source>Cohort view: the files that became suspects in the period, followed up to {day}; every ratio follows the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="437"/>
        <source>Flow view: everything that happened in the period. A ratio can pass 100%: its two counts need not be the same files (this period&apos;s prospects may have been suspects before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="443"/>
        <source>In the flow view this ratio can pass 100%: switch to the cohort view to follow the same files through the funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="455"/>
        <source>{first} to {last}, compared with the %n day(s) before</source>
        <translation>
            <numerusform>{first} to {last}, compared with the day before</numerusform>
            <numerusform>{first} to {last}, compared with the %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="228"/>
        <source>You are looking at demo data, not your own.</source>
        <extracomment>A status-bar message. The home database&apos;s passphrase, kept while the demo is shown, to go back to it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="229"/>
        <source>Back to your database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="250"/>
        <source>Welcome to SalesCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="252"/>
        <source>Your database is empty. Would you like to explore SalesCoach with a year of demo data first? File ▸ Back to your database brings you back to a clean start whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="259"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="260"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="282"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="283"/>
        <source>Your database holds your own contacts; demo data never go among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="290"/>
        <source>Open a separate demo database instead? Your own data stay as they are, and File ▸ Back to your database brings you back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="295"/>
        <source>Open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="313"/>
        <source>Demo data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="323"/>
        <source>You are looking at demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="344"/>
        <source>Back to your database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="21"/>
        <location filename="../../salescoach/ui/errors.py" line="68"/>
        <source>SalesCoach</source>
        <extracomment>Crash boxes shown without a parent window (a bug in a slot, reported by the excepthook).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="69"/>
        <source>Something went wrong inside SalesCoach. Your data is safe; the details were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="79"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="46"/>
        <source>Plan follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="68"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="69"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="70"/>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="72"/>
        <source>Plan a follow-up with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="86"/>
        <source>%n follow-up(s) will be planned.</source>
        <translation>
            <numerusform>%n follow-up will be planned.</numerusform>
            <numerusform>%n follow-ups will be planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="90"/>
        <source>plan %n follow-up(s)</source>
        <translation>
            <numerusform>plan %n follow-up</numerusform>
            <numerusform>plan %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="51"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="55"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="56"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="57"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="63"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="67"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="68"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="70"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/followups_page.py" line="74"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="33"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="40"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="41"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="42"/>
        <source>New contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="43"/>
        <source>New opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="45"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="54"/>
        <source>Undoing an import deletes what it added (with anything logged on it since) and puts back what it changed, unless you changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="46"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="47"/>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="44"/>
        <source>New activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="60"/>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="89"/>
        <source>{when} (undone {undone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_history.py" line="127"/>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="62"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="63"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="64"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="65"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="66"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="127"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="67"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="128"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="68"/>
        <source>Other e-mail (kept in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="69"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="129"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="313"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="70"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="71"/>
        <source>Other phone (kept in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="72"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="73"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="130"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="313"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="74"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="75"/>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="77"/>
        <source>Customer (yes, or a CRM&apos;s lifecycle stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="78"/>
        <source>Web or profile address (kept in the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="79"/>
        <source>Connected on (a social network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="80"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="81"/>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="82"/>
        <source>Activity kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="83"/>
        <source>Activity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="84"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="85"/>
        <source>Needs heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="86"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="100"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="109"/>
        <source>Reading {name}…</source>
        <extracomment>What the import did, once done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="116"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="116"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="116"/>
        <source>Taken as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="125"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="126"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="315"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="131"/>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="313"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="137"/>
        <source>Fill in their &amp;empty details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="139"/>
        <source>&amp;Leave them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="147"/>
        <source>Contacts already there (same e-mail, or same name and company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="159"/>
        <source>&amp;Save these rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="165"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="175"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="176"/>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="177"/>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="182"/>
        <source>What each column is taken for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="184"/>
        <source>The first rows, as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="212"/>
        <source>Excel workbook, sheet &apos;{sheet}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="218"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="218"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="218"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="221"/>
        <source>{encoding}, with line {lines} in {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="227"/>
        <source>{encoding} text, columns separated by {separator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="232"/>
        <source>vCard address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="270"/>
        <source>Take a column as the full name, or columns as the first and last name: a contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="303"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="303"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="303"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="318"/>
        <source>(cannot be read: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="338"/>
        <source>line {line}, column &apos;{column}&apos;, left out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="334"/>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="352"/>
        <source>Save the rows to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="354"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="359"/>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="365"/>
        <source>The rows to fix are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="376"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="380"/>
        <source>Cancel: change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/import_wizard.py" line="412"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="76"/>
        <source>Join your team</source>
        <extracomment>Joined; carries the password typed (kept in memory by the window for its syncs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="81"/>
        <source>&amp;Your name in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="84"/>
        <source>Your contacts are shared with the team; your deals, activities and notes stay yours. The password is kept in the system keyring where there is one, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="93"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindStatus</name>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="74"/>
        <source>Call (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="75"/>
        <source>Call (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="76"/>
        <source>Call (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="77"/>
        <source>E-mail (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="78"/>
        <source>E-mail (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="79"/>
        <source>E-mail (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="80"/>
        <source>Social message (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="81"/>
        <source>Social message (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="82"/>
        <source>Social message (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="83"/>
        <source>Meeting (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="84"/>
        <source>Meeting (no-show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="85"/>
        <source>Meeting (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="86"/>
        <source>Visit (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="87"/>
        <source>Visit (no-show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="88"/>
        <source>Visit (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="89"/>
        <source>Proposal (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="90"/>
        <source>Proposal (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="91"/>
        <source>Proposal (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="92"/>
        <source>Note (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="93"/>
        <source>Note (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="94"/>
        <source>Note (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="21"/>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="22"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="23"/>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="24"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="25"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="26"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="27"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="33"/>
        <source>Cold call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="34"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="35"/>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="36"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="37"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="38"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="44"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="46"/>
        <source>Social message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="47"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="48"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="49"/>
        <location filename="../../salescoach/ui/labels.py" line="153"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="56"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="57"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="58"/>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="59"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="104"/>
        <source>&amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="104"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="151"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="152"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="154"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="155"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="161"/>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="162"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="163"/>
        <source>Appointments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="164"/>
        <source>Appointments held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="165"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="166"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="175"/>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="182"/>
        <source>{sign}{value} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="188"/>
        <source>Prospects ÷ suspects: are the targets right, is the opening pitch good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="191"/>
        <source>Appointments held ÷ appointments made: are meetings worth honouring for the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="195"/>
        <source>Proposals ÷ appointments held: are needs understood and turned into offers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="198"/>
        <source>Won ÷ proposals: negotiation and persuasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="199"/>
        <source>Won ÷ suspects: the whole chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/launcher.py" line="160"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/launcher.py" line="161"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="159"/>
        <source>This also deletes their {opportunities} and {activities}.</source>
        <extracomment>Every dialog or question it opens, so tests and the window can find the current one. A dialog saved a row: (Subject, id); the window selects it in the current list. A contact was erased for good (nothing about them may stay, not even in Undo). The Settings dialog opened (the window connects what it changes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/launcher.py" line="165"/>
        <source>%n contact(s) they referred will no longer show who referred them.</source>
        <translation>
            <numerusform>%n contact they referred will no longer show who referred them.</numerusform>
            <numerusform>%n contacts they referred will no longer show who referred them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="171"/>
        <source>On your team, {name} leaves your lists only: your teammates&apos; deals and activities with them are kept, and the team keeps {name} while their work needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="176"/>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="181"/>
        <source>delete contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="193"/>
        <source>Erase {name} for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="195"/>
        <source>Their deals, activities, notes and the needs they told you are removed from this database and from its backups, and cannot be brought back, not even with Undo. Copies you made elsewhere are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="251"/>
        <source>Delete the opportunity &apos;{title}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="252"/>
        <source>Its stage history goes with it; its activities stay, without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="256"/>
        <source>delete opportunity {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="267"/>
        <source>mark opportunity lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="269"/>
        <source>move opportunity to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="280"/>
        <source>Mark this opportunity as lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="281"/>
        <source>A lost opportunity cannot move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="367"/>
        <source>Delete this activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="368"/>
        <source>What was logged with it, its outcome, needs and notes, goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="372"/>
        <source>delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="428"/>
        <source>SalesCoach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../salescoach/ui/views/list_page.py" line="187"/>
        <source>Show all</source>
        <extracomment>What a row of this list is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="258"/>
        <source>Search this list (Ctrl+F)</source>
        <extracomment>The pages by kind (also `today`, `dashboard`... below, as the rest of the app says).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/main_window.py" line="425"/>
        <source>Undo forgot %n step(s) over records the sync changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="431"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="438"/>
        <source>{file} (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="440"/>
        <source>{file} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="445"/>
        <source>The database SalesCoach has open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="490"/>
        <source>SalesCoach is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="492"/>
        <source>It stays in the tray to remind you of your follow-ups. Quit from its menu, or turn reminders off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="320"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="88"/>
        <source>Opening your database…</source>
        <extracomment>How long the rest of the window waits for the first page&apos;s figures at most. The rep chose another language or theme in Settings: a new window shows it. Every page, command and collaborator is in (`fill` builds them after the first page).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="95"/>
        <source>SalesCoach</source>
        <extracomment>Shown in the frame until the first page takes its place: &quot;Opening your database…&quot;, or the Today the rep last saw (`show_last_today`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="82"/>
        <source>SalesCoach</source>
        <extracomment>Problems a read-only look can get round: a file being written by another program, or damaged pages that may spare what the rep needs to read. Problems a backup can cure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="85"/>
        <source>Create a new database here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="86"/>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="87"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="88"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="89"/>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="90"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="142"/>
        <source>Open a SalesCoach database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/opening.py" line="144"/>
        <source>SalesCoach databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="40"/>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="40"/>
        <source>Edit opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="48"/>
        <source>What they might buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="63"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="65"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="66"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="67"/>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="69"/>
        <source>&amp;Starting stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="89"/>
        <source>add opportunity {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="90"/>
        <source>edit opportunity {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="30"/>
        <source>Protect with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="33"/>
        <source>Your database and its backups will be encrypted: without the passphrase nobody can read them, not even SalesCoach. Keep it somewhere safe: a forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="47"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="48"/>
        <source>&amp;Once more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="30"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="31"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="32"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="33"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="41"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerBox</name>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="13"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="23"/>
        <source>New customers &amp;to win:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="24"/>
        <source>At this period&apos;s ratios you need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="48"/>
        <source>Undefined: a ratio on the way is zero or has no data in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="109"/>
        <source>Your data and its backups are now protected by the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="111"/>
        <source>The passphrase is removed from your data and its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="119"/>
        <source>That passphrase does not open {name}. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="121"/>
        <source>{name} is protected by a passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/protection.py" line="124"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatioTile</name>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="61"/>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="63"/>
        <source>This ratio is undefined in this period or in the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="69"/>
        <source>{arrow} {points} {comparison}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="46"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="58"/>
        <source>Last conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="59"/>
        <source>Needs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="60"/>
        <source>Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="61"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="62"/>
        <source>The coach says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="67"/>
        <source>&amp;Log it done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="69"/>
        <source>Open &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="70"/>
        <source>&amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="77"/>
        <source>Later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="79"/>
        <source>In an &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="81"/>
        <source>Next &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="126"/>
        <source>{kind} with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="128"/>
        <source>Due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="130"/>
        <source>Overdue since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="142"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="147"/>
        <source>Nothing recorded yet: ask, and listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="155"/>
        <source>No open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="159"/>
        <source>No visit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="163"/>
        <source>Nothing in particular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reminder_card.py" line="191"/>
        <source>reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/reminders.py" line="130"/>
        <source>SalesCoach: %n overdue</source>
        <extracomment>Look back at most this far on start: a rep back from holiday needs a list, not 300 pop-ups. A notification was given: (title, message); tests and the status bar listen. The rep clicked a notification about one follow-up (its id), or several (None). The tray menu asked for the window, or for Today. (id, due) of what was announced in the windows looked at lately: said once only</extracomment>
        <translation>
            <numerusform>SalesCoach: %n overdue</numerusform>
            <numerusform>SalesCoach: %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/reminders.py" line="132"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="138"/>
        <source>{kind} with {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="141"/>
        <source>Due {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/reminders.py" line="146"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="169"/>
        <source>Show SalesCoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="170"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/reminders.py" line="172"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="28"/>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="35"/>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="36"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="49"/>
        <source>reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="155"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="156"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <extracomment>Settings shown as percentages (stored as shares of 1). The rep chose another language or theme: the window is rebuilt in it. Reminders were turned on or off, or given another head start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="104"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="105"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="106"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="115"/>
        <source>The coach&apos;s thresholds as SalesCoach sets them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="127"/>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="138"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="139"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="148"/>
        <source>The page I last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="149"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="150"/>
        <source>The dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="155"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="156"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="157"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="162"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="163"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="164"/>
        <source>&amp;Open on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="165"/>
        <source>The dashboard &amp;shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="177"/>
        <source>New &amp;customers a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="180"/>
        <source>Weekly targets follow from this goal at your own ratios (the planner). Set one by hand to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Calls a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Appointments a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="190"/>
        <source>Proposals a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="196"/>
        <source>From the planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="237"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="238"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Calls a day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="240"/>
        <source>Visits a day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="244"/>
        <source>&amp;Remind me of follow-ups as they fall due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="251"/>
        <source>At the time they are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="252"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="260"/>
        <source>While reminders are on, closing the window keeps SalesCoach in the tray where the desktop has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="268"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="274"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="274"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="276"/>
        <source>A customer feels neglected after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="279"/>
        <source>Thank people who refer others within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="286"/>
        <source>A deal in approach or negotiation waits at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="291"/>
        <source>Check in after a won deal within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="294"/>
        <source>Calls and visits are low below this share of your usual week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="299"/>
        <source>A ratio is weak when it falls by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="300"/>
        <source>Judge a ratio on at least (items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="301"/>
        <source>Compare periods of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="304"/>
        <source>What worked counts what follows a follow-up within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/settings_dialog.py" line="321"/>
        <source>A tip you dismissed comes back when its signal gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <location filename="../../salescoach/ui/widgets/sheet_view.py" line="31"/>
        <source>Loading…</source>
        <extracomment>A link in the sheet was followed (&quot;contact:12&quot;). The PDF is written (its path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/sheet_view.py" line="53"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/sheet_view.py" line="53"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="36"/>
        <source>Open the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="36"/>
        <source>Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="37"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="37"/>
        <source>Esc in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="38"/>
        <source>What you can do with an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="38"/>
        <source>Right-click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="39"/>
        <source>Move to the next field in a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="39"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="43"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="22"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="23"/>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="24"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="25"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="26"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="27"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="28"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="29"/>
        <source>Qualif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="30"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="85"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="93"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="94"/>
        <source>&amp;Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="95"/>
        <source>&amp;Plan follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/cards.py" line="98"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialogs</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="62"/>
        <source>&amp;Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="63"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFunnelDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="265"/>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="362"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="274"/>
        <source>Team &amp;target (new customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="275"/>
        <source>Sho&amp;w the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="295"/>
        <source>&amp;Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="296"/>
        <source>This wee&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="297"/>
        <source>What w&amp;orked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="385"/>
        <source>{rep}: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="390"/>
        <source>Weakest link of each rep: {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="411"/>
        <source>Each rep&apos;s week against the targets their own ratios set for their share of the team target: {share} new customers a month each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="423"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="424"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="425"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="426"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="427"/>
        <source>Deals advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="428"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/team_dialogs.py" line="457"/>
        <source>For {target} new customers at the team&apos;s ratios, the team needs: {needed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="71"/>
        <source>Syncing…</source>
        <extracomment>How often a joined laptop syncs on its own. A status-bar message. The uids of the rows a sync wrote here (Undo forgets the steps over them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="73"/>
        <source>Team server out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="77"/>
        <source>Synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="80"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/team_sync.py" line="82"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/team_sync.py" line="84"/>
        <source>%n conflict(s) to read</source>
        <translation>
            <numerusform>%n conflict to read</numerusform>
            <numerusform>%n conflicts to read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="142"/>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/team_sync.py" line="143"/>
        <source>The team server asks for your password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipActions</name>
    <message numerus="yes">
        <location filename="../../salescoach/ui/tip_actions.py" line="43"/>
        <source>%n contact(s) from the tip “{title}”.</source>
        <translation>
            <numerusform>%n contact from the tip “{title}”.</numerusform>
            <numerusform>%n contacts from the tip “{title}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="89"/>
        <source>Why?</source>
        <extracomment>Action buttons side by side on a card. The rep set the tip aside: until a date (snooze) or None (dismiss). The rep wants a tip they had set aside back among the others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="96"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="97"/>
        <source>Show this tip among the others again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="101"/>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="102"/>
        <source>Hide this tip for a week, unless it gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="106"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="107"/>
        <source>Hide this tip until it gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayBoard</name>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="129"/>
        <source>No tip today: your figures say nothing worrying.</source>
        <extracomment>A line was opened (Enter, a double-click): its AgendaItem. Another line became the current one, or none is. A coach tip&apos;s one-click action: (Action, {contact id: name}, tip title, lesson). The rep set the tip aside: (Tip, until when or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="163"/>
        <source>The week&apos;s last working day: time to look back.</source>
        <extracomment>On the week&apos;s last working day, beside the day&apos;s title where the rep sees it without scrolling: Work ▸ Review my week, with a word why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="183"/>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="191"/>
        <source>The coach&apos;s top tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="200"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="201"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="202"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="224"/>
        <source>Plan my week…</source>
        <extracomment>The week&apos;s one focus: the weakest link of the rep&apos;s chain and an exercise for it Work ▸ Plan my week, where the rep looks at the week (the window connects it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="168"/>
        <source>Review my week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="242"/>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="247"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="248"/>
        <source>Other follow-ups today (%n)</source>
        <translation>
            <numerusform>Other follow-up today (%n)</numerusform>
            <numerusform>Other follow-ups today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="253"/>
        <source>Meetings and visits today (%n)</source>
        <translation>
            <numerusform>Meetings and visits today (%n)</numerusform>
            <numerusform>Meetings and visits today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="269"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/today_board.py" line="271"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="302"/>
        <source>This week, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="313"/>
        <source>{done} (no target yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="318"/>
        <source>{done} of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="320"/>
        <source>{shown}, {planned} more planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="326"/>
        <source>Targets come from the planner: your monthly goal at your own ratios. Set them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/today_board.py" line="331"/>
        <source>Some targets need more history: log your calls, meetings and proposals so the planner can measure your ratios, or set them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../salescoach/ui/views/today_page.py" line="66"/>
        <source>Today</source>
        <extracomment>A coach tip&apos;s one-click action: (Action, {contact id: name}, tip title, lesson).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="311"/>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="95"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="144"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="97"/>
        <source>SalesCoach files, spreadsheets and CSV exports ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="165"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPlanDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="51"/>
        <source>Plan my week</source>
        <extracomment>The table&apos;s columns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="59"/>
        <source>{first} to {last}. This week asks for {calls} calls, {appointments} appointments and {proposals} proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="70"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="71"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="72"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="73"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="74"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="86"/>
        <source>S&amp;wap day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="88"/>
        <source>Select two items to exchange their slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="172"/>
        <source>%n follow-up(s) will be planned.</source>
        <translation>
            <numerusform>%n follow-up will be planned.</numerusform>
            <numerusform>%n follow-ups will be planned.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/week_plan_dialog.py" line="176"/>
        <source>plan the week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatWorked</name>
    <message>
        <location filename="../../salescoach/ui/widgets/what_worked.py" line="28"/>
        <source>What worked</source>
        <extracomment>The rep can see it while it waits for figures (emitted once per `wait`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
