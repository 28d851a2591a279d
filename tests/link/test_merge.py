"""Average-link merging of the canonical events one linking run opened."""
from claimline.link.merge import merge_clusters
from claimline.link.reports import Report


def rep(doc, ev="E1"):
    return Report(document_id=doc, event_id=ev, type="ASSAULT", first=100, last=102)


def setup(scores, clusters, opened):
    reports = {r.key: r for c in clusters.values() for r in c}
    assigned = {r.key: (cid, None) for cid, rs in clusters.items() for r in rs}
    members = {cid: list(rs) for cid, rs in clusters.items()}
    pair_scores = {(a.key, b.key): s for a, b, s in scores}
    order = {cid: i for i, cid in enumerate(clusters)}
    return reports, assigned, members, pair_scores, order


def test_two_new_events_that_match_on_average_merge_into_the_first():
    a, b, c = rep("a"), rep("b"), rep("c")
    _, assigned, members, pairs, order = setup([(c, a, 0.8), (c, b, 0.7), (b, a, 0.62)],
                                               {"x": [a, c], "y": [b]}, {"x", "y"})
    absorbed = merge_clusters(pairs, assigned, members, {"x", "y"}, order, 0.65,
                              lambda p, q: False)
    assert absorbed == {"y": "x"}
    assert assigned[b.key][0] == "x" and sorted(r.document_id for r in members["x"]) == \
        ["a", "b", "c"]


def test_weak_average_older_events_and_shared_documents_block_a_merge():
    a, b = rep("a"), rep("b")
    weak = setup([(b, a, 0.5)], {"x": [a], "y": [b]}, {"x", "y"})
    assert merge_clusters(weak[3], weak[1], weak[2], {"x", "y"}, weak[4], 0.65,
                          lambda p, q: False) == {}
    old = setup([(b, a, 0.9)], {"x": [a], "y": [b]}, set())
    assert merge_clusters(old[3], old[1], old[2], set(), old[4], 0.65,
                          lambda p, q: False) == {}
    a2 = rep("a", "E2")
    shared = setup([(b, a, 0.9)], {"x": [a], "y": [b, a2]}, {"x", "y"})
    assert merge_clusters(shared[3], shared[1], shared[2], {"x", "y"}, shared[4], 0.65,
                          lambda p, q: False) == {}
    sibling = setup([(b, a, 0.9)], {"x": [a], "y": [b, a2]}, {"x", "y"})
    assert merge_clusters(sibling[3], sibling[1], sibling[2], {"x", "y"}, sibling[4], 0.65,
                          lambda p, q: True) == {"y": "x"}


def test_an_existing_event_absorbs_a_new_one_never_the_reverse():
    a, b = rep("a"), rep("b")
    _, assigned, members, pairs, order = setup([(b, a, 0.9)], {"new": [b], "old": [a]}, {"new"})
    assert merge_clusters(pairs, assigned, members, {"new"}, order, 0.65,
                          lambda p, q: False) == {"new": "old"}
