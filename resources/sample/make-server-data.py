#!/usr/bin/env python3
"""Turns the built-in sample site (feed.xml, comments/*.xml, images/) into a data set for
tests/server (broadsheet-test-server --data resources/sample/server), so scripts/run can serve
the same site on 127.0.0.1 with a working comment form. Run it after editing the sample
content; the output is committed."""
import json
import os
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "server")
ORIGIN = "https://sample.broadsheet.invalid"
NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
    "atom": "http://www.w3.org/2005/Atom",
    "thr": "http://purl.org/syndication/thread/1.0",
}


def localize(html):
    html = html.replace(ORIGIN + "/images/", "{{site}}/wp-content/uploads/sample/")
    return html.replace(ORIGIN, "{{site}}")


def main():
    os.makedirs(os.path.join(OUT, "posts"), exist_ok=True)
    channel = ET.parse(os.path.join(HERE, "feed.xml")).getroot().find("channel")
    users, terms, posts, comments = {}, {}, [], []
    comment_ids = {}
    for item in channel.findall("item"):
        post_id = int(re.search(r"\?p=(\d+)", item.findtext("guid")).group(1))
        slug = item.findtext("link").rstrip("/").rsplit("/", 1)[-1]
        author = item.findtext("dc:creator", namespaces=NS)
        users.setdefault(author, len(users) + 1)
        cats = []
        for c in item.findall("category"):
            terms.setdefault(c.text, len(terms) + 2)
            cats.append(terms[c.text])
        with open(os.path.join(OUT, "posts", "%d.html" % post_id), "w", encoding="utf-8") as f:
            f.write(localize(item.findtext("content:encoded", namespaces=NS).strip()) + "\n")
        date = parsedate_to_datetime(item.findtext("pubDate"))
        posts.append({
            "id": post_id, "date_gmt": date.strftime("%Y-%m-%dT%H:%M:%S"), "slug": slug,
            "title": item.findtext("title"), "content_file": "posts/%d.html" % post_id,
            "excerpt": localize(item.findtext("description").strip()) + "\n",
            "author": users[author], "featured_media": 0, "comment_status": "open",
            "categories": cats, "tags": [],
        })
        feed = os.path.join(HERE, "comments", slug + ".xml")
        if not os.path.exists(feed):
            continue
        for entry in ET.parse(feed).getroot().findall("atom:entry", NS):
            ref = entry.findtext("atom:id", namespaces=NS)
            cid = int(ref.rsplit("=", 1)[-1])
            comment_ids[ref] = cid
            parent = entry.find("thr:in-reply-to", NS)
            comments.append({
                "id": cid, "post": post_id,
                "parent": comment_ids.get(parent.get("ref"), 0) if parent is not None else 0,
                "author": 0, "author_name": entry.findtext("atom:author/atom:name", namespaces=NS),
                "author_email": "", "author_url": "",
                "date_gmt": entry.findtext("atom:published", namespaces=NS).rstrip("Z"),
                "content": entry.findtext("atom:content", namespaces=NS), "status": "approved",
            })

    def dump(name, value):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(value, f, indent=2, ensure_ascii=False)
            f.write("\n")

    dump("site.json", {"name": channel.findtext("title") + " (local demo with comments)", "description": channel.findtext("description"),
                       "utc_offset_minutes": 0})
    dump("users.json", [{"id": i, "name": n, "slug": n.lower().replace(" ", "-"), "description": "", "url": ""}
                        for n, i in users.items()])
    dump("terms.json", [{"id": i, "taxonomy": "category", "name": n, "slug": n.lower().replace(" ", "-")}
                        for n, i in terms.items()])
    dump("media.json", [])
    dump("posts.json", posts)
    dump("comments.json", comments)
    uploads = os.path.join(OUT, "uploads", "sample")
    os.makedirs(uploads, exist_ok=True)
    for image in sorted(os.listdir(os.path.join(HERE, "images"))):
        link = os.path.join(uploads, image)
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(os.path.join("..", "..", "..", "images", image), link)
    print("wrote", OUT, len(posts), "posts,", len(comments), "comments")


if __name__ == "__main__":
    main()
