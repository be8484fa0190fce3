// Async: the one way off the GUI thread and back.

#include "concurrency/async.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace Broadsheet;

class TestAsync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOnThePoolAndContinuesOnTheContextsThread()
    {
        QObject context;
        QThread *worker = nullptr;
        QThread *continued = nullptr;
        int result = 0;
        Async::runThen(
            [&worker] {
                worker = QThread::currentThread();
                return 42;
            },
            &context,
            [&](int value) {
                continued = QThread::currentThread();
                result = value;
            });
        QTRY_COMPARE(result, 42);
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(continued, QThread::currentThread());
    }

    void aDeadContextIsNeverCalled()
    {
        QSemaphore release;
        bool called = false;
        auto *context = new QObject;
        Async::then(Async::run([&release] {
                        release.acquire();
                        return 1;
                    }),
                    context, [&called](int) { called = true; });
        delete context; // before the work has finished
        release.release();
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void voidFuturesAndReadyValues()
    {
        QObject context;
        bool ran = false;
        Async::then(Async::run([] {}), &context, [&ran] { ran = true; });
        QTRY_VERIFY(ran);
        QString seen;
        Async::then(Async::ready(QStringLiteral("now")), &context, [&seen](const QString &s) { seen = s; });
        QVERIFY(seen.isEmpty()); // never synchronously: the caller's code after then() runs first
        QTRY_COMPARE(seen, QStringLiteral("now"));
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
