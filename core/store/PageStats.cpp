#include "core/store/PageStats.h"

#include <string_view>

namespace waymark {

namespace {

std::uint32_t be16(const std::uint8_t* p)
{
    return static_cast<std::uint32_t>(p[0]) << 8 | p[1];
}

std::uint32_t be32(const std::uint8_t* p)
{
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
           static_cast<std::uint32_t>(p[2]) << 8 | p[3];
}

// SQLite's varint: 1..9 bytes, big-endian groups of 7 bits, the 9th byte whole.
std::uint64_t varint(const std::uint8_t* p, const std::uint8_t* end, int* length)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 9; ++i) {
        if (p + i >= end) {
            *length = i;
            return v;
        }
        if (i == 8) {
            *length = 9;
            return v << 8 | p[i];
        }
        v = v << 7 | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *length = i + 1;
            return v;
        }
    }
    *length = 9;
    return v;
}

class Walker
{
public:
    Walker(std::span<const std::uint8_t> image, std::uint32_t pageSize, std::uint32_t usable)
        : m_image(image)
        , m_pageSize(pageSize)
        , m_usable(usable)
        , m_pageCount(static_cast<std::uint32_t>(image.size() / pageSize))
        , m_seen(m_pageCount + 1, false)
    {}

    Status walk(std::uint32_t root, BtreeStats& stats)
    {
        std::vector<std::uint32_t> pending{root};
        while (!pending.empty()) {
            const std::uint32_t page = pending.back();
            pending.pop_back();
            if (auto st = visit(page, stats, pending); !st)
                return st;
        }
        return {};
    }

private:
    Status claim(std::uint32_t page)
    {
        if (page == 0 || page > m_pageCount)
            return fail(ErrorCode::Damaged, "a b-tree points outside the file");
        if (m_seen[page])
            return fail(ErrorCode::Damaged, "a page belongs to two b-trees");
        m_seen[page] = true;
        return {};
    }

    const std::uint8_t* pageData(std::uint32_t page) const
    {
        return m_image.data() + static_cast<std::size_t>(page - 1) * m_pageSize;
    }

    // Counts the overflow chain of a cell whose payload is `payload` bytes.
    Status overflow(const std::uint8_t* cell, const std::uint8_t* end, std::uint64_t payload, bool tableLeaf,
                    BtreeStats& stats)
    {
        const std::uint64_t u = m_usable;
        const std::uint64_t x = tableLeaf ? u - 35 : (u - 12) * 64 / 255 - 23;
        if (payload <= x)
            return {};
        const std::uint64_t m = (u - 12) * 32 / 255 - 23;
        const std::uint64_t k = m + (payload - m) % (u - 4);
        const std::uint64_t local = k <= x ? k : m;
        if (cell + local + 4 > end)
            return fail(ErrorCode::Damaged, "a cell runs past its page");
        std::uint32_t next = be32(cell + local);
        std::uint64_t remaining = payload - local;
        while (next != 0 && remaining > 0) {
            if (auto st = claim(next); !st)
                return st;
            ++stats.pages;
            const std::uint64_t here = std::min<std::uint64_t>(remaining, u - 4);
            remaining -= here;
            next = be32(pageData(next));
        }
        return {};
    }

    Status visit(std::uint32_t page, BtreeStats& stats, std::vector<std::uint32_t>& pending)
    {
        if (auto st = claim(page); !st)
            return st;
        ++stats.pages;
        const std::uint8_t* base = pageData(page);
        const std::uint8_t* end = base + m_usable;
        const std::uint8_t* header = base + (page == 1 ? 100 : 0);
        const std::uint8_t type = header[0];
        const bool interior = type == 0x02 || type == 0x05;
        const bool index = type == 0x02 || type == 0x0a;
        if (type != 0x02 && type != 0x05 && type != 0x0a && type != 0x0d)
            return fail(ErrorCode::Damaged, "a b-tree page has an unknown type");
        const std::uint32_t cells = be16(header + 3);
        const std::uint8_t* pointers = header + (interior ? 12 : 8);
        if (pointers + 2 * cells > end)
            return fail(ErrorCode::Damaged, "a page's cell count is too large");
        if (interior)
            pending.push_back(be32(header + 8));
        // Index b-trees keep entries on interior pages too; table b-trees only on leaves.
        if (index || !interior)
            stats.entries += cells;
        for (std::uint32_t i = 0; i < cells; ++i) {
            const std::uint32_t offset = be16(pointers + 2 * i);
            if (offset >= m_usable)
                return fail(ErrorCode::Damaged, "a cell pointer is outside its page");
            const std::uint8_t* cell = base + offset;
            int n = 0;
            if (interior) {
                if (cell + 4 > end)
                    return fail(ErrorCode::Damaged, "a cell runs past its page");
                pending.push_back(be32(cell));
                if (!index)
                    continue; // left child and rowid only
                cell += 4;
            }
            const std::uint64_t payload = varint(cell, end, &n);
            cell += n;
            if (!index) {
                varint(cell, end, &n); // rowid
                cell += n;
            }
            if (auto st = overflow(cell, end, payload, !index, stats); !st)
                return st;
        }
        return {};
    }

    std::span<const std::uint8_t> m_image;
    std::uint32_t m_pageSize;
    std::uint32_t m_usable;
    std::uint32_t m_pageCount;
    std::vector<bool> m_seen;
};

} // namespace

Result<std::vector<BtreeStats>> walkBtrees(std::span<const std::uint8_t> image,
                                           const std::vector<SchemaObject>& objects)
{
    if (image.size() < 512 || std::string_view(reinterpret_cast<const char*>(image.data()), 15) != "SQLite format 3")
        return fail(ErrorCode::Damaged, "not a database image");
    std::uint32_t pageSize = be16(image.data() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint32_t reserved = image[20];
    if (pageSize < 512 || image.size() % pageSize != 0 || reserved >= pageSize - 480)
        return fail(ErrorCode::Damaged, "the database image has an impossible page size");
    Walker walker(image, pageSize, pageSize - reserved);
    std::vector<BtreeStats> out;
    for (const auto& object : objects) {
        BtreeStats stats;
        stats.name = object.name;
        if (object.rootPage != 0)
            if (auto st = walker.walk(object.rootPage, stats); !st)
                return std::unexpected(st.error());
        out.push_back(std::move(stats));
    }
    return out;
}

} // namespace waymark
