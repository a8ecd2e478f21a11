"""The facts benchmark has a label for every sentence of its articles and scores both systems."""

from benchmarks.facts_eval import evaluate, read_labels


def test_every_sentence_of_the_benchmark_articles_is_labelled_and_scored():
    scores = evaluate()  # stops with a message on a sentence without a label
    labelled = read_labels()
    for system in ("bot", "any digit"):
        score = scores[system, "all"]
        assert score.true_pos + score.false_neg == sum(item.fact for item in labelled)
