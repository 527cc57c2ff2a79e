"""The cross-check: stories, the facts their claims state, and a verdict on each fact.

* ``stories``: articles clustered into developing stories, incrementally;
* ``facts``: a story's claims unified into facts (who, whom, where; places through
  their hierarchy);
* ``verdicts``: each fact judged across outlets (corroborated, compatible, conflicting,
  single-source) with a reason a person can check.
"""
