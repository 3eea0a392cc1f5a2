# Just enough of Django for mypy without django-stubs (not a dependency): the Choices enums
# are enums (members are str/int), everything else is Any.
import enum
from typing import Any

class Choices(enum.Enum):
    @property
    def label(self) -> str: ...
    @classmethod
    def choices(cls) -> list[tuple[Any, str]]: ...
    @classmethod
    def values(cls) -> list[Any]: ...

class TextChoices(str, Choices):
    _value_: str
    @property
    def value(self) -> str: ...

class IntegerChoices(int, Choices):
    _value_: int
    @property
    def value(self) -> int: ...

def __getattr__(name: str) -> Any: ...
