#pragma once

// The one way off the GUI thread (and back): run work on the thread pool, continue with its
// result on the thread of a context object. Built on QFutureWatcher rather than Qt 6.4's
// QFuture::then(context, …), which asserts when the context dies before the future finishes:
// here the watcher is a child of the context, so a continuation whose owner is gone simply
// never runs, and nothing dereferences a QPointer off its thread.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace Broadsheet::Async {

// Runs function() on the global thread pool. It must not touch QObjects of other threads.
template<typename Function>
auto run(Function &&function)
{
    return QtConcurrent::run(QThreadPool::globalInstance(), std::forward<Function>(function));
}

// Calls continuation(result) — or continuation() for QFuture<void> — on context's thread once
// future has finished. Not at all when context is destroyed first or the future was canceled
// without a result. Call it on context's thread.
template<typename T, typename Continuation>
void then(const QFuture<T> &future, QObject *context, Continuation &&continuation)
{
    Q_ASSERT(context);
    Q_ASSERT(context->thread() == QThread::currentThread());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, continuation = std::forward<Continuation>(continuation)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>) {
                             if (!watcher->isCanceled())
                                 continuation();
                         } else {
                             if (watcher->future().resultCount() > 0)
                                 continuation(watcher->result());
                         }
                     });
    watcher->setFuture(future);
}

// run(work) and then(…, context, continuation): the "compute off the GUI thread, apply on it"
// pattern in one call.
template<typename Work, typename Continuation>
void runThen(Work &&work, QObject *context, Continuation &&continuation)
{
    then(run(std::forward<Work>(work)), context, std::forward<Continuation>(continuation));
}

// A finished future holding value (for commands that have nothing to do).
template<typename T>
QFuture<std::decay_t<T>> ready(T &&value)
{
    QPromise<std::decay_t<T>> promise;
    promise.start();
    promise.addResult(std::forward<T>(value));
    promise.finish();
    return promise.future();
}

} // namespace Broadsheet::Async
