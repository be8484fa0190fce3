#pragma once

#include <QList>
#include <QString>

namespace Broadsheet::Comments {

// What the user asks to post under an article.
struct Submission
{
    qint64 articleId = 0;
    QString parentRemoteId; // empty: top level
    QString parentAuthor;
    QString name;
    QString email;
    QString website;
    QString text;
};

enum class Field
{
    Name,
    Email,
    Website,
    Text
};

struct FieldError
{
    Field field;
    QString message; // human, translated
};

// Checks a submission the way WordPress does before it reaches the site: required name,
// email and comment; email syntax; lengths (name 245, email 100, URL 200 characters,
// comment 65,525 bytes). requireIdentity is false when posting signed in.
QList<FieldError> validate(const Submission &submission, bool requireIdentity = true);

bool isValidEmail(const QString &email);

} // namespace Broadsheet::Comments
