#include "BenchSpace.h"

#include <algorithm>
#include <fstream>

namespace waymark::bench {

namespace {

std::uint32_t be16(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 8) | p[1];
}

std::uint32_t be32(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// SQLite varint: up to 9 bytes, big-endian, 7 bits a byte (all 8 in the ninth).
std::uint64_t varint(const std::uint8_t* p, const std::uint8_t* end, std::size_t& used)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 9 && p + i < end; ++i) {
        if (i == 8) {
            v = (v << 8) | p[i];
            used = 9;
            return v;
        }
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            used = i + 1;
            return v;
        }
    }
    used = 9;
    return v;
}

class File
{
public:
    File(const std::filesystem::path& path, std::uint32_t pageSize)
        : m_in(path, std::ios::binary)
        , m_pageSize(pageSize)
        , m_page(pageSize)
    {}
    bool read(std::uint32_t page)
    {
        m_in.seekg(static_cast<std::streamoff>(page - 1) * m_pageSize);
        m_in.read(reinterpret_cast<char*>(m_page.data()), m_pageSize);
        return static_cast<bool>(m_in);
    }
    const std::uint8_t* data() const { return m_page.data(); }

private:
    std::ifstream m_in;
    std::uint32_t m_pageSize;
    std::vector<std::uint8_t> m_page;
};

} // namespace

SpaceReport measureSpace(const std::filesystem::path& plainFile, const std::vector<SchemaObject>& objects)
{
    SpaceReport report;
    std::uint8_t header[100] = {};
    {
        std::ifstream in(plainFile, std::ios::binary);
        in.read(reinterpret_cast<char*>(header), sizeof header);
        if (!in) {
            report.error = "cannot read the copy's header";
            return report;
        }
    }
    report.pageSize = be16(header + 16) == 1 ? 65536 : be16(header + 16);
    report.reservedPerPage = header[20];
    report.pageCount = be32(header + 28);
    report.freePages = be32(header + 36);
    const std::uint32_t usable = report.pageSize - report.reservedPerPage;
    const std::uint64_t maxLocalTable = usable - 35;
    const std::uint64_t maxLocalIndex = (usable - 12) * 64 / 255 - 23;
    const std::uint64_t minLocal = (usable - 12) * 32 / 255 - 23;
    // Pages a payload of `size` bytes spills onto.
    const auto overflowPages = [&](std::uint64_t size, std::uint64_t maxLocal) -> std::int64_t {
        if (size <= maxLocal)
            return 0;
        const std::uint64_t k = minLocal + (size - minLocal) % (usable - 4);
        const std::uint64_t local = k <= maxLocal ? k : minLocal;
        return static_cast<std::int64_t>((size - local + usable - 5) / (usable - 4));
    };

    File file(plainFile, report.pageSize);
    std::int64_t found = 0;
    for (const auto& object : objects) {
        SpaceEntry entry{object, 0, 0};
        std::vector<std::uint32_t> stack = {object.rootPage};
        while (!stack.empty()) {
            const std::uint32_t page = stack.back();
            stack.pop_back();
            if (page == 0 || page > report.pageCount || !file.read(page)) {
                report.error = "page " + std::to_string(page) + " of " + object.name + " is out of range";
                break;
            }
            ++entry.pages;
            const std::uint8_t* p = file.data();
            const std::uint8_t* end = p + usable;
            const std::uint8_t* h = p + (page == 1 ? 100 : 0);
            const std::uint8_t type = h[0];
            const bool interior = type == 2 || type == 5;
            const std::uint32_t cells = be16(h + 3);
            const std::uint8_t* pointers = h + (interior ? 12 : 8);
            if (interior)
                stack.push_back(be32(h + 8));
            for (std::uint32_t c = 0; c < cells; ++c) {
                const std::uint8_t* cell = p + be16(pointers + 2 * c);
                if (cell >= end)
                    break;
                std::size_t used = 0;
                switch (type) {
                case 5: // table interior: child, rowid
                    stack.push_back(be32(cell));
                    break;
                case 2: { // index interior: child, payload
                    stack.push_back(be32(cell));
                    const std::uint64_t size = varint(cell + 4, end, used);
                    entry.pages += overflowPages(size, maxLocalIndex);
                    break;
                }
                case 13: { // table leaf: payload size, rowid, payload
                    const std::uint64_t size = varint(cell, end, used);
                    entry.pages += overflowPages(size, maxLocalTable);
                    break;
                }
                case 10: { // index leaf: payload size, payload
                    const std::uint64_t size = varint(cell, end, used);
                    entry.pages += overflowPages(size, maxLocalIndex);
                    break;
                }
                default:
                    report.error = "page " + std::to_string(page) + " is not a b-tree page";
                    c = cells;
                    break;
                }
            }
        }
        entry.bytes = entry.pages * report.pageSize;
        found += entry.pages;
        report.entries.push_back(std::move(entry));
    }
    report.accountedPages = found + report.freePages;
    std::sort(report.entries.begin(), report.entries.end(),
              [](const SpaceEntry& a, const SpaceEntry& b) { return a.bytes > b.bytes; });
    return report;
}

} // namespace waymark::bench
