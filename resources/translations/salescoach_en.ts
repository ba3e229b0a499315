<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="39" />
        <source>Log activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="44" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="46" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="54" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="55" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="56" />
        <source>Customer's needs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/activities_page.py" line="60" />
        <source>%n activity(ies)</source>
        <translation><numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityColumns</name>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="21" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="22" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="23" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="24" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/activities_page.py" line="25" />
        <source>Opportunity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="72" />
        <source>Log activity</source>
        <extracomment>Emitted when the rep asked to plan a follow-up after saving; carries the preset.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="72" />
        <source>Plan follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="86" />
        <source>What did the customer say they need or want?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="103" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="104" />
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="106" />
        <source>&amp;Opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="107" />
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="107" />
        <source>&amp;Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="108" />
        <source>&amp;Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="109" />
        <source>O&amp;utcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="110" />
        <source>Customer's &amp;needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="111" />
        <source>No&amp;tes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="119" />
        <source>Save and plan &amp;follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="157" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="170" />
        <source>Choose a contact from the suggestions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/activity_dialog.py" line="208" />
        <source>Follow-up: {outcome}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="104" />
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="110" />
        <source>Advance to next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="112" />
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="116" />
        <source>Move to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="120" />
        <location filename="../../salescoach/ui/views/board_page.py" line="250" />
        <source>Mark lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="122" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="123" />
        <source>Log activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="124" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="125" />
        <source>Show lost</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="174" />
        <source>%n opportunity(ies)</source>
        <translation><numerusform>%n opportunity</numerusform><numerusform>%n opportunities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/board_page.py" line="178" />
        <source>%n opportunity(ies) in the funnel</source>
        <translation><numerusform>%n opportunity in the funnel</numerusform><numerusform>%n opportunities in the funnel</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="227" />
        <source>History: {trail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/board_page.py" line="251" />
        <source>Mark this opportunity as lost? A lost opportunity cannot move again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="148" />
        <source>Save as PNG…</source>
        <extracomment>Emitted on the GUI thread when a new picture is on screen.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="151" />
        <source>Loading chart…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="216" />
        <source>Save chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="216" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/charts/view.py" line="100" />
        <source>The chart could not be saved to {path}: {reason}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../salescoach/ui/charts/funnel_chart.py" line="67" />
        <source>Nothing in this period yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="48" />
        <source>Coach</source>
        <extracomment>An action from a tip: (action, names of the contacts it concerns, the tip's title).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="68" />
        <source>Settings…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/coach_panel.py" line="105" />
        <source>%n tip(s) from your own figures.</source>
        <translation><numerusform>%n tip from your own figures.</numerusform><numerusform>%n tips from your own figures.</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/coach_panel.py" line="107" />
        <source>Nothing to point out today: keep going.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoachSettingsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="29" />
        <source>Coach settings</source>
        <extracomment>Settings shown as percentages (stored as shares of 1).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="32" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="32" />
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="34" />
        <source>A customer feels neglected after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="37" />
        <source>Thank people who refer others within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="44" />
        <source>A deal in approach or negotiation waits at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="49" />
        <source>Check in after a won deal within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="52" />
        <source>Calls and visits are low below this share of your usual week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="57" />
        <source>A ratio is weak when it falls by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="58" />
        <source>Judge a ratio on at least (items)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="59" />
        <source>Compare periods of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/coach_settings_dialog.py" line="73" />
        <source>A tip you dismissed comes back when its signal gets worse.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="40" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="40" />
        <source>Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="51" />
        <source>Already a customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="53" />
        <source>Who introduced them (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="66" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="67" />
        <source>&amp;Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="68" />
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="70" />
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="72" />
        <source>&amp;Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="73" />
        <source>&amp;Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="75" />
        <source>Referred &amp;by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="76" />
        <source>N&amp;otes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="107" />
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/contact_dialog.py" line="111" />
        <source>Use digits, spaces and an optional leading +.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/contact_picker.py" line="23" />
        <source>Type a name or company…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="25" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="31" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="33" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="36" />
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="37" />
        <source>Log activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="38" />
        <source>Plan follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="44" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="45" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="46" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="47" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="48" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="49" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="50" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="50" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/contacts_page.py" line="51" />
        <source>Referred by</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="74" />
        <source>Calls, visits and meetings done per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="81" />
        <source>Chart saved to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="101" />
        <source>Your funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="123" />
        <source>By source</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="168" />
        <source>vs previous %n day(s)</source>
        <translation><numerusform>vs previous day</numerusform><numerusform>vs previous %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="170" />
        <source>{numerator} / {denominator}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/dashboard_page.py" line="189" />
        <source>{first} to {last}, compared with the %n day(s) before</source>
        <translation><numerusform>{first} to {last}, compared with the day before</numerusform><numerusform>{first} to {last}, compared with the %n days before</numerusform></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="19" />
        <location filename="../../salescoach/ui/errors.py" line="51" />
        <source>SalesCoach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/errors.py" line="52" />
        <source>Something went wrong inside SalesCoach. Your data is safe; the details were written to {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="42" />
        <source>Plan follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="66" />
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="67" />
        <source>&amp;Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="68" />
        <source>No&amp;tes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="71" />
        <source>Plan a follow-up with:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/dialogs/follow_ups_dialog.py" line="85" />
        <source>%n follow-up(s) will be planned.</source>
        <translation><numerusform>%n follow-up will be planned.</numerusform><numerusform>%n follow-ups will be planned.</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="44" />
        <source>Plan follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="49" />
        <source>Mark done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="50" />
        <source>Reschedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="51" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="65" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="66" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="67" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="72" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="76" />
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="77" />
        <source>Reschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/views/followups_page.py" line="79" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/views/followups_page.py" line="83" />
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="14" />
        <source>Suspect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="15" />
        <source>Prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="16" />
        <source>Approach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="17" />
        <source>Negotiation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="18" />
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="19" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="20" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="26" />
        <source>Cold call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="27" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="28" />
        <source>Social network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="29" />
        <source>Inbound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="30" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="31" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="37" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="38" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="39" />
        <source>Social message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="40" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="41" />
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="42" />
        <location filename="../../salescoach/ui/labels.py" line="85" />
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="43" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="49" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="50" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="51" />
        <source>No-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="52" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="83" />
        <source>Qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="84" />
        <source>Appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="86" />
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="87" />
        <source>Overall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="93" />
        <source>Suspects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="94" />
        <source>Prospects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="95" />
        <source>Appointments made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="96" />
        <source>Appointments held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="97" />
        <source>Proposals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="98" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="108" />
        <source>{value}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="115" />
        <source>{sign}{value} pts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="121" />
        <source>Prospects ÷ suspects: are the targets right, is the opening pitch good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="124" />
        <source>Appointments held ÷ appointments made: are meetings worth honouring for the customer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="128" />
        <source>Proposals ÷ appointments held: are needs understood and turned into offers?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="131" />
        <source>Won ÷ proposals: negotiation and persuasion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/labels.py" line="132" />
        <source>Won ÷ suspects: the whole chain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="51" />
        <source>Delete {name} with their opportunities and activities?</source>
        <extracomment>Every dialog it opens, so tests and the window can find the current one.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="63" />
        <source>Delete the opportunity '{title}'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="116" />
        <source>Delete this activity?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/launcher.py" line="122" />
        <source>SalesCoach</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../salescoach/ui/views/list_page.py" line="75" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="47" />
        <source>SalesCoach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="60" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="61" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="62" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="63" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="64" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="86" />
        <source>Search this list (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="98" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="109" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="115" />
        <source>&amp;Log activity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="118" />
        <source>&amp;Plan follow-up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="123" />
        <source>New &amp;contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="125" />
        <source>New &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="131" />
        <source>Coach &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="134" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="136" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="137" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="138" />
        <source>Load &amp;demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="140" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="153" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="158" />
        <source>&amp;Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="163" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="172" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="173" />
        <source>&amp;About SalesCoach</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../salescoach/ui/main_window.py" line="212" />
        <source>%n contact(s) from the tip “{title}”.</source>
        <translation><numerusform>%n contact from the tip “{title}”.</numerusform><numerusform>%n contacts from the tip “{title}”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="245" />
        <source>Demo data loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="255" />
        <source>Welcome to SalesCoach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="257" />
        <source>Your database is empty. Would you like to explore SalesCoach with a year of demo data first? You can start a clean database any time with --db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="264" />
        <source>Load demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="265" />
        <source>Start empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="280" />
        <source>About SalesCoach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/main_window.py" line="281" />
        <source>SalesCoach {version}
Your own funnel, your own coach.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="42" />
        <source>New opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="42" />
        <source>Edit opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="49" />
        <source>What they might buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="61" />
        <source>&amp;Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="63" />
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="64" />
        <source>&amp;Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="65" />
        <source>C&amp;urrency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="67" />
        <source>&amp;Starting stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/opportunity_dialog.py" line="92" />
        <source>Choose a contact from the suggestions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="29" />
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="30" />
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="31" />
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="32" />
        <source>Custom…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/period_picker.py" line="40" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlannerBox</name>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="13" />
        <source>Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="23" />
        <source>New customers &amp;to win:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="24" />
        <source>At this period's ratios you need:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/planner_box.py" line="48" />
        <source>Undefined: a ratio on the way is zero or has no data in this period.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatioTile</name>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="59" />
        <source>no comparison</source>
        <extracomment>Colours that read on light and dark palettes; the arrow carries the meaning too.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="61" />
        <source>This ratio is undefined in this period or in the one before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/ratio_tile.py" line="67" />
        <source>{arrow} {points} {comparison}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="28" />
        <source>Reschedule follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="36" />
        <source>Tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="37" />
        <source>In 3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/dialogs/reschedule_dialog.py" line="38" />
        <source>Next week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="22" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="23" />
        <source>Suspects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="24" />
        <source>Prospects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="25" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="26" />
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="27" />
        <source>Proposals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="28" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="29" />
        <source>Qualif.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/source_table.py" line="30" />
        <source>Overall</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="80" />
        <source>Why?</source>
        <extracomment>The rep set the tip aside: until a date (snooze) or None (dismiss).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="83" />
        <source>Snooze a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="84" />
        <source>Hide this tip for a week, unless it gets worse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="88" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/widgets/tip_card.py" line="89" />
        <source>Hide this tip until it gets worse.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="52" />
        <source>{contacts} contacts, {opportunities} opportunities and {activities} activities imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="71" />
        <source>Creating demo data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="83" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="85" />
        <location filename="../../salescoach/ui/transfer.py" line="120" />
        <source>SalesCoach files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="106" />
        <source>Importing {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="118" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../salescoach/ui/transfer.py" line="134" />
        <source>Exported to {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>