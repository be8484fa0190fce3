#pragma once

// What a viewer's document holds, for the UI tests: its pictures and its links.

#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>

// The resource names of the pictures in the document, in order.
inline QStringList imageNames(QTextDocument *document)
{
    QStringList names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                names << it.fragment().charFormat().toImageFormat().name();
        }
    }
    return names;
}

// The href of the first link whose text contains text; empty when there is none.
inline QString anchorWithText(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor() && it.fragment().text().contains(text))
                return it.fragment().charFormat().anchorHref();
        }
    }
    return {};
}
