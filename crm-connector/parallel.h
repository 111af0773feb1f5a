#pragma once

// Several CRM calls in flight at once, for pages that need several (a case
// page: the record, its comments, its history). Each call runs on a thread
// of its own (std::async; if no thread can be started, it runs when its
// result is collected) and run_parallel waits for all of them.
//
//     auto [record, comments] = crm::run_parallel(
//         [&] { return crm.fetch_record(credentials, id); },
//         [&] { return crm.fetch_related_records(credentials, query); });
//
// The calls must not throw (CrmClient calls return errors as values) and
// must only share what is safe to share between threads (a CrmClient is).

#include <functional>
#include <future>
#include <tuple>
#include <type_traits>
#include <vector>

namespace crm {

template<typename... Calls>
std::tuple<std::invoke_result_t<Calls&>...> run_parallel(Calls... calls)
{
    auto futures = std::make_tuple(std::async(std::launch::async | std::launch::deferred, std::move(calls))...);
    return std::apply([](auto&... future) { return std::tuple<decltype(future.get())...>(future.get()...); }, futures);
}

// The same for a list of calls of one type; the results come in the calls' order.
template<typename Result>
std::vector<Result> run_parallel(std::vector<std::function<Result()>> calls)
{
    std::vector<std::future<Result>> futures;
    futures.reserve(calls.size());
    for (auto& call : calls)
        futures.push_back(std::async(std::launch::async | std::launch::deferred, std::move(call)));
    std::vector<Result> results;
    results.reserve(futures.size());
    for (auto& future : futures)
        results.push_back(future.get());
    return results;
}

}
