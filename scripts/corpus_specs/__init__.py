"""Document specs for the sample corpus: each document is a `model.Doc` holding the
printed blocks and the hand-written gold answers. One module per document kind."""

from . import action_plans, council, equality, other, transparency
from . import variety_action_plans, variety_council, variety_multiyear

ALL_DOCS = [*transparency.DOCS, *equality.DOCS, *council.DOCS, *action_plans.DOCS, *other.DOCS]
ALL_DOCS += [*variety_council.DOCS, *variety_action_plans.DOCS, *variety_multiyear.DOCS]
