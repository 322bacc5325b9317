#pragma once

// What the demo generator's tests share (TestDemoGenerator.cpp: people, scale, cancellation;
// TestDemoCasework.cpp: referrals and casework): a pinned clock, fast small-scale
// options and paging through a list.

#include "core/Clock.h"
#include "core/demo/DemoGenerator.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <vector>

namespace waymark::test {

inline std::shared_ptr<const Clock> pinnedClock()
{
    // 2026-11-26 12:00 UTC
    return std::make_shared<FixedClock>(std::chrono::system_clock::time_point(std::chrono::seconds(1795694400)));
}

inline demo::DemoOptions fastOptions(std::uint64_t seed)
{
    demo::DemoOptions options;
    options.scale = demo::Scale::Small;
    options.seed = seed;
    options.kdf = KdfStrength::Minimum;
    return options;
}

// Every row of a paged list, page after page: `list(query)` gives a Result of a page with its
// rows and the cursor of the next (empty at the end). Nothing when a page fails.
template <class Query, class List> auto allRows(Query query, const List& list)
{
    std::vector<typename std::remove_cvref_t<decltype(list(query)->rows)>::value_type> out;
    while (true) {
        auto page = list(query);
        if (!page)
            return decltype(out){};
        for (auto& row : page->rows)
            out.push_back(std::move(row));
        if (!page->next)
            break;
        query.after = page->next;
    }
    return out;
}

} // namespace waymark::test
