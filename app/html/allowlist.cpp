#include "html/allowlist.h"

namespace Broadsheet::Html::Detail {

ElementRule elementRule(GumboTag tag, QStringView unknownName)
{
    using A = ElementAction;
    switch (tag) {
    // Dropped with their content: active content, forms, foreign content, metadata.
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_SPACER:
        return {A::Drop, Tag::None};
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_OBJECT:
        return {A::Embed, Tag::None};
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_IMAGE:
        return {A::Image, Tag::Img};
    case GUMBO_TAG_A:
        return {A::Keep, Tag::A};
    case GUMBO_TAG_ABBR:
        return {A::Keep, Tag::Abbr};
    case GUMBO_TAG_ACRONYM:
        return {A::Keep, Tag::Acronym};
    case GUMBO_TAG_ADDRESS:
        return {A::Keep, Tag::Address};
    case GUMBO_TAG_ARTICLE:
        return {A::Keep, Tag::Article};
    case GUMBO_TAG_ASIDE:
        return {A::Keep, Tag::Aside};
    case GUMBO_TAG_AUDIO:
        return {A::Keep, Tag::Audio};
    case GUMBO_TAG_B:
        return {A::Keep, Tag::B};
    case GUMBO_TAG_BDI:
        return {A::Keep, Tag::Bdi};
    case GUMBO_TAG_BDO:
        return {A::Keep, Tag::Bdo};
    case GUMBO_TAG_BIG:
        return {A::Keep, Tag::Big};
    case GUMBO_TAG_BLOCKQUOTE:
        return {A::Keep, Tag::Blockquote};
    case GUMBO_TAG_BR:
        return {A::Keep, Tag::Br};
    case GUMBO_TAG_CAPTION:
        return {A::Keep, Tag::Caption};
    case GUMBO_TAG_CENTER:
        return {A::Keep, Tag::Center};
    case GUMBO_TAG_CITE:
        return {A::Keep, Tag::Cite};
    case GUMBO_TAG_CODE:
        return {A::Keep, Tag::Code};
    case GUMBO_TAG_COL:
        return {A::Keep, Tag::Col};
    case GUMBO_TAG_COLGROUP:
        return {A::Keep, Tag::Colgroup};
    case GUMBO_TAG_DATA:
        return {A::Keep, Tag::Data};
    case GUMBO_TAG_DD:
        return {A::Keep, Tag::Dd};
    case GUMBO_TAG_DEL:
        return {A::Keep, Tag::Del};
    case GUMBO_TAG_DETAILS:
        return {A::Keep, Tag::Details};
    case GUMBO_TAG_DFN:
        return {A::Keep, Tag::Dfn};
    case GUMBO_TAG_DIV:
        return {A::Keep, Tag::Div};
    case GUMBO_TAG_DL:
        return {A::Keep, Tag::Dl};
    case GUMBO_TAG_DT:
        return {A::Keep, Tag::Dt};
    case GUMBO_TAG_EM:
        return {A::Keep, Tag::Em};
    case GUMBO_TAG_FIGCAPTION:
        return {A::Keep, Tag::Figcaption};
    case GUMBO_TAG_FIGURE:
        return {A::Keep, Tag::Figure};
    case GUMBO_TAG_FOOTER:
        return {A::Keep, Tag::Footer};
    case GUMBO_TAG_H1:
        return {A::Keep, Tag::H1};
    case GUMBO_TAG_H2:
        return {A::Keep, Tag::H2};
    case GUMBO_TAG_H3:
        return {A::Keep, Tag::H3};
    case GUMBO_TAG_H4:
        return {A::Keep, Tag::H4};
    case GUMBO_TAG_H5:
        return {A::Keep, Tag::H5};
    case GUMBO_TAG_H6:
        return {A::Keep, Tag::H6};
    case GUMBO_TAG_HEADER:
        return {A::Keep, Tag::Header};
    case GUMBO_TAG_HGROUP:
        return {A::Keep, Tag::Hgroup};
    case GUMBO_TAG_HR:
        return {A::Keep, Tag::Hr};
    case GUMBO_TAG_I:
        return {A::Keep, Tag::I};
    case GUMBO_TAG_INS:
        return {A::Keep, Tag::Ins};
    case GUMBO_TAG_KBD:
        return {A::Keep, Tag::Kbd};
    case GUMBO_TAG_LI:
        return {A::Keep, Tag::Li};
    case GUMBO_TAG_MAIN:
        return {A::Keep, Tag::Main};
    case GUMBO_TAG_MARK:
        return {A::Keep, Tag::Mark};
    case GUMBO_TAG_NAV:
        return {A::Keep, Tag::Nav};
    case GUMBO_TAG_OL:
        return {A::Keep, Tag::Ol};
    case GUMBO_TAG_P:
        return {A::Keep, Tag::P};
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return {A::Keep, Tag::Pre};
    case GUMBO_TAG_Q:
        return {A::Keep, Tag::Q};
    case GUMBO_TAG_RB:
        return {A::Keep, Tag::Rb};
    case GUMBO_TAG_RP:
        return {A::Keep, Tag::Rp};
    case GUMBO_TAG_RT:
        return {A::Keep, Tag::Rt};
    case GUMBO_TAG_RUBY:
        return {A::Keep, Tag::Ruby};
    case GUMBO_TAG_S:
        return {A::Keep, Tag::S};
    case GUMBO_TAG_SAMP:
        return {A::Keep, Tag::Samp};
    case GUMBO_TAG_SECTION:
        return {A::Keep, Tag::Section};
    case GUMBO_TAG_SMALL:
        return {A::Keep, Tag::Small};
    case GUMBO_TAG_SOURCE:
        return {A::Keep, Tag::Source};
    case GUMBO_TAG_SPAN:
        return {A::Keep, Tag::Span};
    case GUMBO_TAG_STRIKE:
        return {A::Keep, Tag::Strike};
    case GUMBO_TAG_STRONG:
        return {A::Keep, Tag::Strong};
    case GUMBO_TAG_SUB:
        return {A::Keep, Tag::Sub};
    case GUMBO_TAG_SUMMARY:
        return {A::Keep, Tag::Summary};
    case GUMBO_TAG_SUP:
        return {A::Keep, Tag::Sup};
    case GUMBO_TAG_TABLE:
        return {A::Keep, Tag::Table};
    case GUMBO_TAG_TBODY:
        return {A::Keep, Tag::Tbody};
    case GUMBO_TAG_TD:
        return {A::Keep, Tag::Td};
    case GUMBO_TAG_TFOOT:
        return {A::Keep, Tag::Tfoot};
    case GUMBO_TAG_TH:
        return {A::Keep, Tag::Th};
    case GUMBO_TAG_THEAD:
        return {A::Keep, Tag::Thead};
    case GUMBO_TAG_TIME:
        return {A::Keep, Tag::Time};
    case GUMBO_TAG_TR:
        return {A::Keep, Tag::Tr};
    case GUMBO_TAG_TT:
        return {A::Keep, Tag::Tt};
    case GUMBO_TAG_U:
        return {A::Keep, Tag::U};
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_MENU:
        return {A::Keep, Tag::Ul};
    case GUMBO_TAG_VAR:
        return {A::Keep, Tag::Var};
    case GUMBO_TAG_VIDEO:
        return {A::Keep, Tag::Video};
    case GUMBO_TAG_WBR:
        return {A::Keep, Tag::Wbr};
    case GUMBO_TAG_UNKNOWN:
        if (unknownName == QLatin1String("picture"))
            return {A::Keep, Tag::Picture};
        if (unknownName == QLatin1String("dialog") || unknownName == QLatin1String("slot") ||
            unknownName == QLatin1String("portal") || unknownName == QLatin1String("search") ||
            unknownName == QLatin1String("fencedframe"))
            return {A::Drop, Tag::None};
        return {A::Unwrap, Tag::None};
    default:
        // html, body, font, span-like presentational and obsolete elements: keep the content.
        return {A::Unwrap, Tag::None};
    }
}

AttributeKind attributeKind(Tag tag, QStringView name)
{
    using K = AttributeKind;
    if (name == QLatin1String("class"))
        return K::Class;
    if (name == QLatin1String("title") || name == QLatin1String("lang"))
        return name == QLatin1String("lang") ? K::Token : K::Text;
    if (name == QLatin1String("dir"))
        return K::Dir;
    switch (tag) {
    case Tag::A:
        if (name == QLatin1String("href"))
            return K::LinkUrl;
        if (name == QLatin1String("name"))
            return K::Token;
        break;
    case Tag::Img:
        if (name == QLatin1String("src"))
            return K::ImageUrl;
        if (name == QLatin1String("srcset"))
            return K::Srcset;
        if (name == QLatin1String("alt"))
            return K::Text;
        if (name == QLatin1String("width") || name == QLatin1String("height"))
            return K::Dimension;
        if (name == QLatin1String("sizes"))
            return K::Token;
        break;
    case Tag::Source:
        if (name == QLatin1String("srcset"))
            return K::Srcset;
        if (name == QLatin1String("src"))
            return K::MediaUrl;
        if (name == QLatin1String("type") || name == QLatin1String("media") || name == QLatin1String("sizes"))
            return K::Token;
        if (name == QLatin1String("width") || name == QLatin1String("height"))
            return K::Dimension;
        break;
    case Tag::Video:
    case Tag::Audio:
        if (name == QLatin1String("src"))
            return K::MediaUrl;
        if (name == QLatin1String("poster") && tag == Tag::Video)
            return K::ImageUrl;
        if (name == QLatin1String("width") || name == QLatin1String("height"))
            return K::Dimension;
        if (name == QLatin1String("controls"))
            return K::Token;
        break;
    case Tag::Blockquote:
    case Tag::Q:
    case Tag::Del:
    case Tag::Ins:
        if (name == QLatin1String("cite"))
            return K::LinkUrl;
        if (name == QLatin1String("datetime"))
            return K::Token;
        break;
    case Tag::Td:
    case Tag::Th:
        if (name == QLatin1String("colspan") || name == QLatin1String("rowspan"))
            return K::Count;
        if (name == QLatin1String("align"))
            return K::Align;
        if (name == QLatin1String("valign"))
            return K::VAlign;
        if (name == QLatin1String("abbr"))
            return K::Text;
        if (name == QLatin1String("scope"))
            return K::Token;
        break;
    case Tag::Tr:
    case Tag::Tbody:
    case Tag::Thead:
    case Tag::Tfoot:
        if (name == QLatin1String("align"))
            return K::Align;
        if (name == QLatin1String("valign"))
            return K::VAlign;
        break;
    case Tag::Col:
    case Tag::Colgroup:
        if (name == QLatin1String("span"))
            return K::Count;
        if (name == QLatin1String("width"))
            return K::Dimension;
        break;
    case Tag::Table:
        if (name == QLatin1String("summary"))
            return K::Text;
        break;
    case Tag::Ol:
        if (name == QLatin1String("start"))
            return K::Count;
        if (name == QLatin1String("type") || name == QLatin1String("reversed"))
            return K::Token;
        break;
    case Tag::Li:
        if (name == QLatin1String("value"))
            return K::Count;
        break;
    case Tag::Time:
    case Tag::Data:
        if (name == QLatin1String("datetime") || name == QLatin1String("value"))
            return K::Token;
        break;
    case Tag::P:
    case Tag::Div:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Caption:
        if (name == QLatin1String("align"))
            return K::Align;
        break;
    default:
        break;
    }
    return K::Reject;
}

std::optional<QString> filterAttributeValue(AttributeKind kind, const QString &value)
{
    using K = AttributeKind;
    const QString v = value.trimmed();
    switch (kind) {
    case K::Text:
        return value.left(2000);
    case K::Dimension: {
        QStringView d(v);
        if (d.endsWith(QLatin1String("px")))
            d.chop(2);
        bool ok = false;
        const int n = d.toInt(&ok);
        return ok && n >= 0 && n <= 20000 ? std::optional<QString>(QString::number(n)) : std::nullopt;
    }
    case K::Count: {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok && n >= -100000 && n <= 100000 ? std::optional<QString>(QString::number(n)) : std::nullopt;
    }
    case K::Align: {
        const QString a = v.toLower();
        return a == QLatin1String("left") || a == QLatin1String("right") || a == QLatin1String("center") ||
                       a == QLatin1String("justify")
                   ? std::optional<QString>(a)
                   : std::nullopt;
    }
    case K::VAlign: {
        const QString a = v.toLower();
        return a == QLatin1String("top") || a == QLatin1String("middle") || a == QLatin1String("bottom") ||
                       a == QLatin1String("baseline")
                   ? std::optional<QString>(a)
                   : std::nullopt;
    }
    case K::Dir: {
        const QString a = v.toLower();
        return a == QLatin1String("ltr") || a == QLatin1String("rtl") || a == QLatin1String("auto")
                   ? std::optional<QString>(a)
                   : std::nullopt;
    }
    case K::Class: {
        QString out;
        int tokens = 0;
        for (const auto token : QStringView(v).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (token.size() > 64 || ++tokens > 16)
                continue;
            bool ok = true;
            for (const QChar c : token) {
                const char16_t u = c.unicode();
                ok = ok && ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                            u == '-' || u == '_');
            }
            if (ok) {
                if (!out.isEmpty())
                    out += QLatin1Char(' ');
                out += token;
            }
        }
        return out.isEmpty() ? std::nullopt : std::optional<QString>(out);
    }
    case K::Token: {
        if (v.size() > 200)
            return std::nullopt;
        for (const QChar c : v) {
            const char16_t u = c.unicode();
            const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                            u == '-' || u == '_' || u == '.' || u == ':' || u == '/' || u == '+' ||
                            u == ' ' || u == '(' || u == ')' || u == ',';
            if (!ok)
                return std::nullopt;
        }
        return v;
    }
    case K::Reject:
    case K::LinkUrl:
    case K::ImageUrl:
    case K::MediaUrl:
    case K::Srcset:
        break;
    }
    return std::nullopt;
}

} // namespace Broadsheet::Html::Detail
