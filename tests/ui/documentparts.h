#pragma once

// For the UI tests: what a viewer's document holds (its pictures, its links), and picture bytes.

#include <QBuffer>
#include <QImage>
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

// The PNG bytes of a picture of size filled with colour, as an image fetcher delivers them.
inline QByteArray pngBytes(QSize size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
