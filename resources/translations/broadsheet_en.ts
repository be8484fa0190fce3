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
</TS>
