"""Package metadata: Baton has no installed distributions, so every lookup
raises PackageNotFoundError, as CPython's does for an unknown package."""

__all__ = ["PackageNotFoundError", "version", "metadata", "distribution",
           "distributions", "packages_distributions", "requires", "files",
           "entry_points"]


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def distribution(distribution_name):
    raise PackageNotFoundError(distribution_name)


def version(distribution_name):
    """Get the version string for the named package."""
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


def entry_points(**params):
    return ()
