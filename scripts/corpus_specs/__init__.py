"""Document specs for the sample corpus: each document is a `model.Doc` holding the
printed blocks and the hand-written gold answers. One module per document kind."""

from . import action_plans, council, equality, other, transparency
from . import variety_equality, variety_transparency

ALL_DOCS = [*transparency.DOCS, *equality.DOCS, *council.DOCS, *action_plans.DOCS, *other.DOCS,
            *variety_transparency.DOCS, *variety_equality.DOCS]
