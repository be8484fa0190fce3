#pragma once

#include "extract/pagetree.h"

#include <vector>

namespace Broadsheet::Extract::Detail {

// Content scores of candidate elements, by node index.
class Scores
{
public:
    bool has(int node) const
    {
        return node < static_cast<int>(m_set.size()) && m_set[static_cast<size_t>(node)];
    }
    double operator[](int node) const { return has(node) ? m_score[static_cast<size_t>(node)] : 0.0; }
    void set(int node, double score)
    {
        if (node >= static_cast<int>(m_set.size())) {
            m_set.resize(static_cast<size_t>(node) + 1, 0);
            m_score.resize(static_cast<size_t>(node) + 1, 0.0);
        }
        m_set[static_cast<size_t>(node)] = 1;
        m_score[static_cast<size_t>(node)] = score;
    }
    void add(int node, double points) { set(node, (*this)[node] + points); }

private:
    std::vector<char> m_set;
    std::vector<double> m_score;
};

} // namespace Broadsheet::Extract::Detail
