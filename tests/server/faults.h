#pragma once

// Fault injection: a fault spec ("delay=2000;status=503;retry-after=5") comes from the X-Fault
// request header, the __fault query parameter, or the registry filled through POST /__fault
// (for clients that cannot set headers). See README.md for the grammar.

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace TestServer {

struct Fault
{
    QString spec;               // as given
    int delayMs = 0;            // wait before anything else
    bool resetBefore = false;   // close with RST before the route runs
    int status = 0;             // answer this status instead of running the route
    int retryAfter = -1;        // Retry-After header (with status)
    qint64 oversizedBytes = -1; // answer 200 with this many bytes instead of running the route
    bool reset = false;         // the route runs, then the connection is closed with RST, no answer
    bool hang = false;          // the route runs, then nothing is ever sent
    bool malformedJson = false; // the body is cut in half (a consistent Content-Length)
    bool resetMidBody = false;  // full Content-Length, half the body, then RST
    int slowBodyMs = 0;         // the body goes out in pieces, one every slowBodyMs
    int slowBodyBytes = 64;     // piece size for slow-body
    bool noLength = false;      // no Content-Length: the body ends when the connection closes
    int dripMs = 0;             // no Content-Length, one byte every dripMs, and never an end

    bool routeRuns() const { return !resetBefore && status == 0 && oversizedBytes < 0; }

    // nullopt and *error set when the spec is malformed.
    static std::optional<Fault> parse(const QString &spec, QString *error);
};

// Faults registered for the next N requests to a path ("/wp-json/wp/v2/comments";
// a trailing '*' matches a prefix).
class FaultRegistry
{
public:
    void add(const QString &path, const Fault &fault, int count);
    std::optional<Fault> take(const QString &path); // consumes one use
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;

private:
    struct Entry
    {
        QString path;
        Fault fault;
        int remaining = 0;
    };
    QList<Entry> m_entries;
};

qint64 parseSize(const QString &text, bool *ok); // "30MiB", "512k", "1000"

} // namespace TestServer
