"""Document specs for the sample corpus: each document is a `model.Doc` holding the
printed blocks and the hand-written gold answers. One module per document kind; the
variety_* modules are the variety corpus (corpus/variety/), written apart from the rules;
`holdout` is the held-out set (corpus/holdout/), never used to tune rules."""

from . import action_plans, council, equality, other, transparency
from . import holdout
from . import variety_action_plans, variety_council, variety_equality, variety_multiyear, variety_transparency

ALL_DOCS = [*transparency.DOCS, *equality.DOCS, *council.DOCS, *action_plans.DOCS, *other.DOCS,
            *variety_transparency.DOCS, *variety_equality.DOCS]
ALL_DOCS += [*variety_council.DOCS, *variety_action_plans.DOCS, *variety_multiyear.DOCS]
ALL_DOCS += [*holdout.DOCS]  # held out: never tune rules to these (corpus/holdout/)
