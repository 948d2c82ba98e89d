"""Document specs for the sample corpus: each document is a `model.Doc` holding the
printed blocks and the hand-written gold answers. One module per document kind; the
variety_* modules are the variety corpus (corpus/variety/), written apart from the rules;
the stress_* modules are the rule writers' own whole-document stress tests (corpus/stress/);
holdout is a small set by another author that no rule is tuned to (corpus/holdout/)."""

from . import action_plans, council, equality, holdout, other, transparency
from . import stress_action_plans, stress_council, stress_equality, stress_suppliers, stress_transparency
from . import stress_equality_ratios
from . import variety_action_plans, variety_council, variety_equality, variety_multiyear, variety_transparency

ALL_DOCS = [*transparency.DOCS, *equality.DOCS, *council.DOCS, *action_plans.DOCS, *other.DOCS,
            *variety_transparency.DOCS, *variety_equality.DOCS]
ALL_DOCS += [*variety_council.DOCS, *variety_action_plans.DOCS, *variety_multiyear.DOCS]
ALL_DOCS += [*stress_transparency.DOCS, *stress_action_plans.DOCS, *stress_council.DOCS, *stress_equality.DOCS]
ALL_DOCS += [*stress_equality_ratios.DOCS, *stress_suppliers.DOCS]
ALL_DOCS += [*holdout.DOCS]
