#pragma once

#include <QList>
#include <QString>

class QTextDocument;

namespace Broadsheet::Ui {

// The text of a rich-text document as a screen reader should get it. Qt keeps characters in a
// document that mean nothing to a reader: the beginning and end of a frame (U+FDD0, U+FDD1:
// every table and table cell) and the object replacement character (U+FFFC: every image).
// Here a frame boundary becomes a line break (only where one is needed to keep words apart),
// an image becomes "Image: <alt text>" (nothing when it has none: decorative), paragraph and
// line separators become "\n". Offsets in this text and positions in the document map both
// ways, so that cursor, selection and geometry still meet the right character.
class AccessibleTextMap
{
public:
    // A link: the document positions its anchor covers, its target and what it says.
    struct Link
    {
        int start = 0;
        int end = 0;
        QString href;
        QString name;
    };

    AccessibleTextMap() = default;
    explicit AccessibleTextMap(const QTextDocument &document);

    const QString &text() const { return m_text; }
    int length() const { return int(m_text.size()); }
    // Document position → offset in text(); positions past the end give length().
    int offset(int position) const;
    // Offset in text() → the document position it comes from; past the end, the end.
    int position(int offset) const;
    const QList<Link> &links() const { return m_links; }

private:
    void append(const QString &text, int position);
    void collectLinks(const QTextDocument &document);

    QString m_text;
    QList<int> m_offsets;   // [position] → offset of the text that position became
    QList<int> m_positions; // [offset] → the position that character comes from
    QList<Link> m_links;
};

} // namespace Broadsheet::Ui
