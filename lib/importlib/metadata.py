"""Package metadata: Baton has no installed distributions, so every lookup
raises PackageNotFoundError, as CPython's does for an unknown package."""

__all__ = ["PackageNotFoundError", "version", "metadata", "distribution",
           "distributions", "packages_distributions", "requires", "files",
           "entry_points"]


class PackageNotFoundError(ModuleNotFoundError):
    """No installed distribution has that name."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def distribution(distribution_name):
    raise PackageNotFoundError(distribution_name)


def version(distribution_name):
    """The version of the installed distribution `distribution_name`."""
    return distribution(distribution_name).version


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def requires(distribution_name):
    return distribution(distribution_name).requires


def files(distribution_name):
    return distribution(distribution_name).files


def distributions(**kwargs):
    return iter(())


def packages_distributions():
    return {}


class EntryPoints(list):
    """Entry points (none here), selectable by their attributes."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self
                           if all(getattr(ep, k) == v for k, v in params.items()))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class SelectableGroups(dict):
    """Entry points by group: what entry_points() gives with no selection."""

    def select(self, **params):
        if not params:
            return self
        return EntryPoints(ep for eps in self.values() for ep in eps).select(**params)

    @property
    def groups(self):
        return set(self)

    @property
    def names(self):
        return {ep.name for eps in self.values() for ep in eps}


def entry_points(**params):
    """The entry points of every installed distribution (there are none),
    as a SelectableGroups, or the EntryPoints matching `params`."""
    groups = SelectableGroups()
    return groups.select(**params) if params else groups
