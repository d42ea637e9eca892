#!/usr/bin/env python3
"""Generates the network-analysis fixtures with networkx (run once, commit the JSON files).

    python3 Tests/GemeinsamCoreTests/Fixtures/network/generate.py

Every fixture holds the graph (node ids as strings, undirected edges with weights) and the values
networkx computes for it: degree, weighted degree, betweenness_centrality (normalized, unweighted),
closeness_centrality (wf_improved=True), clustering (unweighted), connected components,
articulation points, and louvain_communities with their modularity (weighted, resolution 1).
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
LOUVAIN_SEEDS = [0, 1, 2, 3, 42]


def relabel(g):
    return nx.relabel_nodes(g, {n: str(n) for n in g.nodes()})


def unweighted(g):
    h = nx.Graph()
    h.add_nodes_from(g.nodes())
    h.add_edges_from(g.edges())
    return h


def disconnected():
    g = nx.Graph()
    g.add_edges_from([("a1", "a2"), ("a2", "a3"), ("a3", "a1")])  # triangle
    g.add_edges_from([("b1", "b2"), ("b2", "b3"), ("b3", "b4")])  # path
    g.add_edges_from([("c0", "c1"), ("c0", "c2"), ("c0", "c3")])  # star
    g.add_edge("d1", "d2")  # single edge
    g.add_node("e1")  # isolated actor
    return g


def small_weighted():
    g = nx.Graph()
    for u, v, w in [("Kiosk", "Seniorenbüro", 3), ("Kiosk", "Jugendtreff", 1), ("Seniorenbüro", "Kirche", 2),
                    ("Jugendtreff", "Sportverein", 4), ("Sportverein", "Schule", 2), ("Schule", "Jugendtreff", 1),
                    ("Kirche", "Tafel", 5), ("Tafel", "Seniorenbüro", 1), ("Kiosk", "Sportverein", 1)]:
        g.add_edge(u, v, weight=w)
    return g


def fixture(name, g, weight=True):
    g = relabel(g)
    wkey = "weight" if weight else None
    edges = [[u, v, float(d.get("weight", 1)) if weight else 1.0] for u, v, d in g.edges(data=True)]
    h = nx.Graph()
    h.add_nodes_from(g.nodes())
    h.add_weighted_edges_from(edges)
    louvain = []
    if h.number_of_edges() > 0:
        for seed in LOUVAIN_SEEDS:
            comms = nx.community.louvain_communities(h, weight="weight", resolution=1, seed=seed)
            louvain.append({
                "seed": seed,
                "communities": sorted(sorted(c) for c in comms),
                "modularity": nx.community.modularity(h, comms, weight="weight", resolution=1),
            })
    data = {
        "name": name,
        "nodes": sorted(h.nodes()),
        "edges": edges,
        "degree": dict(h.degree()),
        "weighted_degree": {n: float(d) for n, d in h.degree(weight="weight")},
        "betweenness": nx.betweenness_centrality(h, normalized=True),
        "closeness": nx.closeness_centrality(h),
        "clustering": {n: float(c) for n, c in nx.clustering(h).items()},
        "components": sorted(sorted(c) for c in nx.connected_components(h)),
        "articulation_points": sorted(nx.articulation_points(h)),
        "louvain": louvain,
    }
    with open(os.path.join(HERE, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def main():
    single = nx.Graph()
    single.add_node("allein")
    fixture("single_node", single)
    fixture("single_edge", nx.path_graph(2))
    fixture("path3", nx.path_graph(3))
    fixture("path", nx.path_graph(7))
    fixture("star", nx.star_graph(6))
    fixture("cycle", nx.cycle_graph(8))
    fixture("barbell", nx.barbell_graph(5, 2))
    fixture("karate", unweighted(nx.karate_club_graph()), weight=False)
    fixture("karate_weighted", nx.karate_club_graph())
    fixture("disconnected", disconnected())
    fixture("small_weighted", small_weighted())
    fixture("lesmis", nx.les_miserables_graph())
    fixture("gnm_80_200", nx.gnm_random_graph(80, 200, seed=7), weight=False)
    print("networkx", nx.__version__, "fixtures written to", HERE)


if __name__ == "__main__":
    main()
