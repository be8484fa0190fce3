#pragma once

#include "extract/pagetree.h"

#include <vector>

namespace Broadsheet::Extract::Detail {

// Text measures of a subtree, computed bottom-up in one pass (no strings built): the
// length of its text with whitespace runs counted once and the ends trimmed, its commas,
// and the part of that text inside links.
class Measure
{
public:
    explicit Measure(const PageTree &tree);

    // (Re)computes the measures of every node of root's subtree.
    void compute(int root);

    int textLength(int node) const; // trimmed, whitespace runs as one
    int commas(int node) const;     // "," and its Arabic, CJK and small-form cousins
    double linkDensity(int node) const;

private:
    struct Entry
    {
        int length = 0; // collapsed, untrimmed
        int commas = 0;
        double linkLength = 0;
        bool leadingSpace = false;
        bool trailingSpace = false;
    };
    const Entry &at(int node) const { return m_entries[static_cast<size_t>(node)]; }

    const PageTree &m_tree;
    std::vector<Entry> m_entries;
};

} // namespace Broadsheet::Extract::Detail
