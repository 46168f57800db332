"""The quotes lexicon's word lists as module constants, read once at import.

The hot loops test membership millions of times per corpus; a constant imported
from here is a plain global, cheaper than a call to the cached lexicon function.
"""

from __future__ import annotations

from . import lexicon as lx

__all__ = [
    "ABBREVIATIONS",
    "ADVERBS",
    "CLAUSE_STOPS",
    "CORE_CUE_FORMS",
    "CUE_FORMS",
    "DESCRIPTIONS",
    "DETERMINERS",
    "DOCUMENTS",
    "FUNCTION_WORDS",
    "GENDERS",
    "GROUPS",
    "NOT_CLAUSES",
    "ORG_WORDS",
    "OUTLETS",
    "PARTICLES",
    "PLACE_OPENERS",
    "PLACE_WORDS",
    "PRONOUNS",
    "ROLES",
    "ROLE_WORDS",
    "TIME_WORDS",
]

ABBREVIATIONS = lx.abbreviations()
ADVERBS = lx.adverbs()
CLAUSE_STOPS = lx.clause_stops()
CORE_CUE_FORMS = lx.core_cue_forms()
CUE_FORMS = lx.cue_forms()
DESCRIPTIONS = lx.descriptions()
DETERMINERS = lx.determiners()
DOCUMENTS = lx.documents()
FUNCTION_WORDS = lx.function_words()
GENDERS = lx.genders()
GROUPS = lx.groups()
NOT_CLAUSES = lx.not_clauses()
ORG_WORDS = lx.org_words()
OUTLETS = lx.outlets()
PARTICLES = lx.particles()
PLACE_OPENERS = lx.place_openers()
PLACE_WORDS = lx.place_words()
PRONOUNS = lx.pronouns()
ROLES = lx.roles()
ROLE_WORDS = lx.role_words()
TIME_WORDS = lx.time_words()
