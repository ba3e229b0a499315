"""The type of a statement passed around before it is run, whatever its columns."""

from typing import Any

from sqlalchemy import Select

#: A SELECT of any columns (SQLAlchemy types each select by its columns' types).
AnySelect = Select[*tuple[Any, ...]]
