# Just enough of Django for mypy without django-stubs (not a dependency): the Choices enums
# are enums (members are str/int), everything else is Any.
from typing import Any

def __getattr__(name: str) -> Any: ...
