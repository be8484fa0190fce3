#!/usr/bin/python3
"""The reading page as a screen reader meets it: walked on the real AT-SPI bus with pyatspi.

Started by run-bus-check.sh inside a private D-Bus session and a virtual X display. Starts
broadsheet-shot on a fresh profile (the built-in sample site), opens the photo story, waits
for "ready", then walks the application's accessible tree and checks one group:

  --check content   article text (no Qt-internal characters, image alt text), comment text,
                    links announced as links, form fields named and marked required, article
                    list items with site, date and state, no focusable unnamed empty label
  --check order     the main regions in the intended reading order: article list → article →
                    comments → reply form (by document order of the tree); fails until the
                    one-scroll reading page of issue 10 is in

Prints one line per finding ("PASS …", "FAIL …", "LIMIT …", "INFO …"). Exit status: 0 all
passed, 1 something failed, 77 the bus or the display could not be had (ctest SKIP).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser

SKIP = 77
# What Qt's rich-text engine keeps inside a document and never means as text: the beginning and
# end of a frame (table, table cell) and the object replacement character (an image).
QT_INTERNAL = {"\ufdd0": "U+FDD0", "\ufdd1": "U+FDD1", "\ufffc": "U+FFFC"}
ARTICLE_NAME = "Article"
COMMENTS_NAME = "Comments"
FORM_NAME = "Leave a Reply"
REQUIRED_FIELDS = ("Name", "Email", "Comment")
MAX_NODES = 5000


def skip(reason):
    print(f"SKIP: {reason}", flush=True)
    sys.exit(SKIP)


try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, Gio, GLib
    import pyatspi
except (ImportError, ValueError) as error:  # run-bus-check.sh looks first; this is the last word
    skip(f"pyatspi cannot be imported: {error}")


class App:
    """broadsheet-shot on a fresh profile, kept open until stop()."""

    def __init__(self, binary, article, profile):
        env = dict(os.environ)
        env.update({"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "LC_ALL": "C.UTF-8",
                    "QT_QPA_PLATFORM": "xcb"})
        # Nothing of the user's own: caches and settings stay in the throw-away profile too.
        for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
            env[variable] = os.path.join(profile, variable.lower())
            os.makedirs(env[variable], mode=0o700, exist_ok=True)
        self.output = []
        self.ready = threading.Event()
        self.failed = threading.Event()
        self.process = subprocess.Popen([binary, "--profile", profile, "--keep-open", "--select-article", article],
                                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stderr:
            self.output.append(line.rstrip())
            if line.startswith("broadsheet-shot: ready"):
                self.ready.set()
            elif line.startswith("broadsheet-shot: failed"):
                self.failed.set()
        self.failed.set()

    def wait_ready(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.ready.is_set() and not self.failed.is_set():
            time.sleep(0.1)
        return self.ready.is_set()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def a11y_bus_address():
    """The AT-SPI bus of this D-Bus session (started on demand by at-spi-bus-launcher)."""
    try:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                  GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, 15000, None)
        return reply.unpack()[0]
    except GLib.Error as error:
        skip(f"the AT-SPI bus cannot be started in this D-Bus session: {error.message}")


def find_application(pid, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        time.sleep(0.2)
    return None


class Node:
    def __init__(self, accessible, depth, path):
        self.accessible = accessible
        self.depth = depth
        self.path = path
        self.role = accessible.getRoleName()
        self.name = accessible.name or ""
        self.description = accessible.description or ""
        self.states = accessible.getState()
        try:
            text = accessible.queryText()
            self.text = text.getText(0, -1)
        except NotImplementedError:
            self.text = None
        self.interfaces = set(pyatspi.listInterfaces(accessible))

    def has(self, state):
        return self.states.contains(state)

    def label(self):
        return f"{self.role} '{self.name}'"


def walk(app):
    """Every node of the application in document order (depth first, parent before children)."""
    nodes = []

    def visit(accessible, depth, path):
        if accessible is None or len(nodes) >= MAX_NODES:
            return
        node = Node(accessible, depth, path)
        nodes.append(node)
        for index in range(accessible.childCount):
            visit(accessible.getChildAtIndex(index), depth + 1, f"{path}/{index}")

    visit(app, 0, "")
    return nodes


def subtree(nodes, root):
    """root and the nodes under it, in document order."""
    start = nodes.index(root)
    end = start + 1
    while end < len(nodes) and nodes[end].depth > root.depth:
        end += 1
    return nodes[start:end]


def text_region(nodes, name):
    """The rich-text view called name (not the menu of the same name): it has a Text interface."""
    return next((node for node in nodes if node.name == name and node.text is not None), None)


def container(nodes, name):
    """The group called name (the form, not its heading): it has children."""
    return next((node for node in nodes if node.name == name and node.accessible.childCount > 0), None)


class Results:
    def __init__(self):
        self.failed = 0

    def check(self, ok, message):
        print(f"{'PASS' if ok else 'FAIL'} {message}", flush=True)
        if not ok:
            self.failed += 1

    @staticmethod
    def say(kind, message):
        print(f"{kind} {message}", flush=True)


class ImageAlts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.alts = []

    def handle_starttag(self, tag, attrs):
        alt = dict(attrs).get("alt") if tag == "img" else None
        if alt:
            self.alts.append(alt)


def article_source(feed, title_part):
    """The photo story's HTML as the sample site publishes it."""
    with open(feed, encoding="utf-8") as file:
        xml = file.read()
    for item in re.findall(r"<item>(.*?)</item>", xml, re.S):
        title = re.search(r"<title>(.*?)</title>", item, re.S).group(1)
        if title_part.lower() in title.lower():
            content = re.search(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>", item, re.S)
            return title, content.group(1)
    raise SystemExit(f"the sample feed has no article '{title_part}'")


def garbage(text):
    return {label: text.count(char) for char, label in QT_INTERNAL.items() if char in text}


def check_text(results, what, node, expected_parts):
    if node is None:
        results.check(False, f"{what}: no accessible object named '{what}' on the bus")
        return
    if node.text is None:
        results.check(False, f"{what}: {node.label()} has no Text interface")
        return
    found = garbage(node.text)
    results.check(not found, f"{what}: text ({len(node.text)} characters) free of Qt-internal characters"
                  + (f" — found {found}" if found else ""))
    missing = [part for part in expected_parts if part not in node.text]
    results.check(not missing, f"{what}: {len(expected_parts) - len(missing)} of {len(expected_parts)} expected "
                  "passages reachable" + (f" — missing {missing}" if missing else ""))
    Results.say("INFO", f"{what} text begins: {node.text[:160]!r}")


def links_under(nodes, root):
    return [node for node in subtree(nodes, root)[1:]
            if node.role == "link" or "Hyperlink" in node.interfaces]


def check_links(results, nodes, article, comments):
    for what, root in (("article", article), ("comments", comments)):
        if root is None:
            continue
        hypertext = "Hypertext" in root.interfaces
        links = links_under(nodes, root)
        unnamed = [link.path for link in links if not link.name.strip()]
        results.check(bool(links) or hypertext,
                      f"{what}: links announced as links — {len(links)} link objects"
                      + (", Hypertext interface" if hypertext else ""))
        if links:
            results.check(not unnamed, f"{what}: every link has a name" + (f" — unnamed {unnamed}" if unnamed else ""))
            Results.say("INFO", f"{what} links: " + ", ".join(repr(link.name) for link in links[:8]))
        if what == "article" and len(links) >= 3:
            check_link_focus(results, links)


class FocusEvents:
    """The names of the links that the bus says got the focus, while listening."""

    KINDS = ("focus:", "object:state-changed:focused")

    def __init__(self):
        self.names = []
        self.listener = Atspi.EventListener.new(self._on_event)
        for kind in self.KINDS:
            self.listener.register(kind)

    def _on_event(self, event):
        try:
            if event.source is not None and event.source.getRoleName() == "link" and \
                    (event.type.startswith("focus") or event.detail1 == 1):
                self.names.append(event.source.name)
        except GLib.Error:
            pass

    def wait_for(self, name, seconds):
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and name not in self.names:
            context.iteration(False)
            time.sleep(0.01)
        return name in self.names

    def close(self):
        for kind in self.KINDS:
            self.listener.deregister(kind)


def check_link_focus(results, links):
    """A link that gets the keyboard is announced with a focus event: given it through its
    SetFocus action, then the next one with the Tab key (typed through the registry, XTest)."""
    events = FocusEvents()
    # The app learns of the listener through the registry a moment later: ask again, alternating
    # between two links so that each request really moves the selection.
    focused = None
    for attempt in range(8):
        index = attempt % 2
        action = links[index].accessible.queryAction()
        names = [action.getName(number) for number in range(action.nActions)]
        if "SetFocus" not in names:
            results.check(False, f"links: '{links[index].name}' has no SetFocus action (actions: {names})")
            events.close()
            return
        action.doAction(names.index("SetFocus"))
        if events.wait_for(links[index].name, 0.75):
            focused = index
            break
    results.check(focused is not None, "links: a link given the keyboard (SetFocus) is announced with a focus "
                  "event" + (f" ({links[focused].name!r})" if focused is not None else ""))
    if focused is not None and focused + 1 < len(links):
        following = links[focused + 1].name
        Atspi.generate_keyboard_event(0xff09, None, Atspi.KeySynthType.PRESSRELEASE | Atspi.KeySynthType.SYM)
        results.check(events.wait_for(following, 3), f"links: Tab moves to the next link, announced ({following!r})")
    events.close()


def toolkit_version(app):
    try:
        return tuple(int(part) for part in app.get_toolkit_version().split(".")[:2])
    except (GLib.Error, ValueError):
        return (0, 0)


def open_form(nodes, app):
    """A reply form shown collapsed to one line ("Leave a Reply…") is opened as a reader would:
    by pressing that button. Returns the tree as it is then."""
    form = container(nodes, FORM_NAME)
    fields = [node for node in subtree(nodes, form) if node.role in ("text", "entry")
              and node.has(pyatspi.STATE_SHOWING)] if form else []
    opener = next((node for node in nodes if node.role == "push button" and node.name.startswith(FORM_NAME)
                   and node.has(pyatspi.STATE_SHOWING)), None)
    if fields or opener is None:
        return nodes
    action = opener.accessible.queryAction()
    names = [action.getName(index) for index in range(action.nActions)]
    if "Press" in names:
        action.doAction(names.index("Press"))
        Results.say("INFO", f"the form was collapsed: opened it with '{opener.name}'")
        time.sleep(1)
        return walk(app)
    return nodes


def check_form(results, nodes, app, form):
    if form is None:
        results.check(False, f"form: no accessible object named '{FORM_NAME}' on the bus")
        return
    fields = [node for node in subtree(nodes, form)[1:]
              if node.role in ("text", "entry", "password text", "combo box", "check box", "push button",
                               "radio button", "spin button")
              and node.has(pyatspi.STATE_SHOWING)]
    unnamed = [f"{node.role} at {node.path}" for node in fields if not node.name.strip()]
    results.check(bool(fields) and not unnamed,
                  f"form: {len(fields)} controls, all named" + (f" — unnamed: {unnamed}" if unnamed else ""))
    Results.say("INFO", "form controls: " + ", ".join(node.label() for node in fields))
    # Qt 6.4's AT-SPI bridge has no way to say "required": QAccessible::State has no such bit and
    # spiStatesFromQState() (qspi_constant_mappings.cpp) never sets ATSPI_STATE_REQUIRED. There
    # the field must say it in its name and description instead; any newer Qt must set the state.
    state_possible = toolkit_version(app) > (6, 4)
    for wanted in REQUIRED_FIELDS:
        field = next((node for node in fields if node.role in ("text", "entry")
                      and re.match(rf"{wanted}\b", node.name)), None)
        if field is None:
            results.check(False, f"form: no text field named '{wanted}…'")
            continue
        if field.has(pyatspi.STATE_REQUIRED):
            results.check(True, f"form: '{field.name}' has STATE_REQUIRED")
        elif not state_possible:
            spoken = "required" in field.name.lower() and "required" in field.description.lower()
            Results.say("LIMIT", f"form: '{field.name}' cannot carry STATE_REQUIRED on Qt "
                        f"{app.get_toolkit_version()} (its AT-SPI bridge never sets it)")
            results.check(spoken, f"form: '{field.name}' says it is required in its name and description "
                          f"('{field.description}')")
        else:
            results.check(False, f"form: '{field.name}' lacks STATE_REQUIRED")


def check_article_list(results, nodes, site):
    """The article list's items say more than the title: site, date, unread or starred."""
    article_list = next((node for node in nodes if node.role == "list" and node.name == "Articles"), None)
    items = [node for node in subtree(nodes, article_list)[1:] if node.role == "list item"] if article_list else []
    told = [item for item in items if item.description.startswith(f"{site}; ") and re.search(r"\d", item.description)]
    results.check(bool(items) and len(told) == len(items),
                  f"article list: {len(told)} of {len(items)} items say their site and date after the title")
    results.check(any(item.description.endswith("unread") for item in items),
                  "article list: unread articles say so")
    for item in items:
        if item.has(pyatspi.STATE_SELECTED):
            Results.say("INFO", f"selected article: {item.name!r}, {item.description!r}")


def check_labels(results, nodes):
    bad = [f"{node.role} at {node.path} (parent {nodes_parent(nodes, node).label()})" for node in nodes
           if node.role in ("label", "static") and node.has(pyatspi.STATE_FOCUSABLE)
           and not node.name.strip() and not (node.text or "").strip()]
    results.check(not bad, "no focusable label without a name or text" + (f" — found {bad}" if bad else ""))


def nodes_parent(nodes, node):
    index = nodes.index(node)
    while index > 0:
        index -= 1
        if nodes[index].depth < node.depth:
            return nodes[index]
    return node


def check_order(results, nodes):
    # THE INTENDED ORDER (issue 10): article list, then the article, its comments and the reply
    # form, as a reader meets them. Before the one-scroll reading page (comments and form inside
    # the article viewer's scroll) this fails: the form and the comments come before the article,
    # and the list, last of the main splitter's children, after all three.
    article_list = next((node for node in nodes if node.role in ("list", "table", "tree table", "tree")
                         and node.name == "Articles"), None)
    regions = [("article list", article_list), ("article", text_region(nodes, ARTICLE_NAME)),
               ("comments", text_region(nodes, COMMENTS_NAME)), ("reply form", container(nodes, FORM_NAME))]
    missing = [what for what, node in regions if node is None]
    if missing:
        results.check(False, f"order: regions missing on the bus: {missing}")
        return
    ordered = sorted(regions, key=lambda region: nodes.index(region[1]))
    Results.say("INFO", "order on the bus: " + " → ".join(f"{what} ({node.path})" for what, node in ordered))
    results.check(ordered == regions, "order: article list → article → comments → reply form "
                  "(intended reading order; comes with the one-scroll reading page)")
    for (before, early), (after, late) in zip(regions, regions[1:]):
        results.check(nodes.index(early) < nodes.index(late), f"order: {before} before {after}")


def dump(nodes):
    for node in nodes:
        states = ",".join(sorted(pyatspi.stateToString(state) for state in node.states.getStates()))
        text = "" if node.text is None else f" text={node.text[:60]!r}"
        print(f"{'  ' * node.depth}{node.role} '{node.name}' desc='{node.description}' [{states}]{text}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("app", help="broadsheet-shot")
    parser.add_argument("feed", help="resources/sample/feed.xml")
    parser.add_argument("--check", choices=("content", "order"), required=True)
    parser.add_argument("--article", default="Photo story")
    parser.add_argument("--dump", action="store_true", help="print the whole tree too")
    args = parser.parse_args()

    title, html = article_source(args.feed, args.article)
    a11y_bus_address()
    with tempfile.TemporaryDirectory(prefix="broadsheet-a11y-") as profile:
        app = App(args.app, args.article, profile)
        try:
            if not app.wait_ready(90):
                print("\n".join(app.output))
                print(f"FAIL broadsheet-shot did not open '{args.article}'")
                return 1
            application = find_application(app.process.pid, 30)
            if application is None:
                print("\n".join(app.output))
                print("FAIL the app did not appear on the AT-SPI bus (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)")
                return 1
            Results.say("INFO", f"on the bus: '{application.name}', toolkit "
                        f"{application.get_toolkit_name()} {application.get_toolkit_version()}")
            nodes = walk(application)
            Results.say("INFO", f"{len(nodes)} accessible objects")
            if args.dump:
                dump(nodes)
            results = Results()
            if args.check == "order":
                check_order(results, nodes)
            else:
                source = ImageAlts()
                source.feed(html)
                article = text_region(nodes, ARTICLE_NAME)
                comments = text_region(nodes, COMMENTS_NAME)
                alts = source.alts
                check_text(results, ARTICLE_NAME, article,
                           [title.split(":")[0], "The harbour market opens before the town wakes up."] + alts)
                Results.say("INFO", f"images: {sum(alt in (article.text or '') for alt in alts) if article else 0}"
                            f" of {len(alts)} alt texts reachable in the article text")
                for line in (article.text or "").splitlines() if article else []:
                    if any(alt in line for alt in alts):
                        Results.say("INFO", f"  {line!r}")
                check_text(results, COMMENTS_NAME, comments,
                           ["Ana Ferreira", "What a morning that was.", "Lena Brandt"])
                check_links(results, nodes, article, comments)
                nodes = open_form(nodes, application)
                check_form(results, nodes, application, container(nodes, FORM_NAME))
                check_article_list(results, nodes, "The Harbour Gazette")
                check_labels(results, nodes)
            if results.failed:
                print("The app said:\n  " + "\n  ".join(app.output))
            print(f"{'FAILED' if results.failed else 'PASSED'}: {results.failed} finding(s) failed", flush=True)
            return 1 if results.failed else 0
        finally:
            app.stop()


if __name__ == "__main__":
    sys.exit(main())
