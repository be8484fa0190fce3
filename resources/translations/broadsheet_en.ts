<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Broadsheet::Comments::Outbox</name>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Broadsheet gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Broadsheet gave up after %n attempt.</numerusform>
            <numerusform>%1 Broadsheet gave up after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Models::MyCommentsEntryModel</name>
    <message numerus="yes">
        <source>%n new event(s) in your conversations</source>
        <translation>
            <numerusform>%n new event in your conversations</numerusform>
            <numerusform>%n new events in your conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Models::SiteListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::Discoverer</name>
    <message numerus="yes">
        <source>%1 is a subscription list (OPML) with %n site(s): import it instead.</source>
        <translation>
            <numerusform>%1 is a subscription list (OPML) with %n site: import it instead.</numerusform>
            <numerusform>%1 is a subscription list (OPML) with %n sites: import it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::ArticleViewer</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::CommentsPanel</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n site(s) could not be refreshed; the Sites pane shows why.</source>
        <translation>
            <numerusform>%n site could not be refreshed; the Sites pane shows why.</numerusform>
            <numerusform>%n sites could not be refreshed; the Sites pane shows why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %n site(s)</source>
        <translation>
            <numerusform>Refreshing %1 of %n site</numerusform>
            <numerusform>Refreshing %1 of %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n site(s)</source>
        <translation>
            <numerusform>Refreshed %n site</numerusform>
            <numerusform>Refreshed %n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::StartPage</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread article(s)</source>
        <translation>
            <numerusform>%n unread article</numerusform>
            <numerusform>%n unread articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Store::Recovery</name>
    <message numerus="yes">
        <source>%n comment(s) may already have been sent: they wait among the failed comments for you to send again or delete.</source>
        <translation>
            <numerusform>%n comment may already have been sent: it waits among the failed comments for you to send again or delete.</numerusform>
            <numerusform>%n comments may already have been sent: they wait among the failed comments for you to send again or delete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n comment(s) waiting to be sent.</source>
        <translation>
            <numerusform>and %n comment waiting to be sent.</numerusform>
            <numerusform>and %n comments waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s),</source>
        <translation>
            <numerusform>%n article,</numerusform>
            <numerusform>%n articles,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It recovered %n site(s),</source>
        <translation>
            <numerusform>It recovered %n site,</numerusform>
            <numerusform>It recovered %n sites,</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Sites::RefreshSummary</name>
    <message numerus="yes">
        <source>%n site(s) could not be saved in the library.</source>
        <translation>
            <numerusform>%n site could not be saved in the library.</numerusform>
            <numerusform>%n sites could not be saved in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library file is damaged: %n site(s) could not be saved. Broadsheet will repair it the next time it starts.</source>
        <translation>
            <numerusform>The library file is damaged: %n site could not be saved. Broadsheet will repair it the next time it starts.</numerusform>
            <numerusform>The library file is damaged: %n sites could not be saved. Broadsheet will repair it the next time it starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library is read-only: %n site(s) could not be saved. Check the permissions of its folder; nothing was lost.</source>
        <translation>
            <numerusform>The library is read-only: %n site could not be saved. Check the permissions of its folder; nothing was lost.</numerusform>
            <numerusform>The library is read-only: %n sites could not be saved. Check the permissions of its folder; nothing was lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The disk is full: %n site(s) could not be saved. Free some space; nothing was lost.</source>
        <translation>
            <numerusform>The disk is full: %n site could not be saved. Free some space; nothing was lost.</numerusform>
            <numerusform>The disk is full: %n sites could not be saved. Free some space; nothing was lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::Ui::OpmlFiles</name>
    <message numerus="yes">
        <source>Imported %n new site(s)</source>
        <translation>
            <numerusform>Imported %n new site</numerusform>
            <numerusform>Imported %n new sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already followed</source>
        <translation>
            <numerusform>; %n already followed</numerusform>
            <numerusform>; %n already followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped: %1</source>
        <translation>
            <numerusform>; %n skipped: %1</numerusform>
            <numerusform>; %n skipped: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
