"""A bank simulation: accounts, transfers inside transactions, an audit log.

Exercises a custom exception hierarchy (with chaining and notes-free
messages), context managers written as classes and with contextlib,
ExitStack, rollback on error, weakref-free observers, __slots__,
operator overloading on a Money type, and logging to a StringIO.
"""
import contextlib
import io
import logging
from decimal import Decimal, ROUND_HALF_EVEN
from functools import total_ordering


class BankError(Exception):
    """Base class for everything the bank raises."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner}: needs {needed}, has {account.balance}")
        self.account, self.needed = account, needed


class AccountFrozen(BankError):
    pass


class CurrencyMismatch(BankError, TypeError):
    pass


@total_ordering
class Money:
    __slots__ = ("amount", "currency")
    CENT = Decimal("0.01")

    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(amount).quantize(self.CENT, rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return other

    def __add__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other):
        if self._check(other) is NotImplemented:
            return NotImplemented
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor):
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __bool__(self):
        return bool(self.amount)

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"


class Account:
    def __init__(self, owner, balance="0", overdraft="0"):
        self.owner = owner
        self.balance = Money(balance)
        self.overdraft = Money(overdraft)
        self.frozen = False

    def withdraw(self, money):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if self.balance + self.overdraft < money:
            raise InsufficientFunds(self, money)
        self.balance -= money

    def deposit(self, money):
        if self.frozen:
            raise AccountFrozen(self.owner)
        self.balance += money


class Transaction:
    """Snapshot balances on entry; restore them if the block raises."""
    counter = 0

    def __init__(self, bank, *accounts):
        self.bank, self.accounts = bank, accounts

    def __enter__(self):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.snapshot = [(a, a.balance) for a in self.accounts]
        self.bank.log.debug("tx%d begin", self.id)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bank.log.info("tx%d commit", self.id)
            return False
        for account, balance in self.snapshot:
            account.balance = balance
        self.bank.log.warning("tx%d rollback: %s: %s", self.id, exc_type.__name__, exc)
        return issubclass(exc_type, InsufficientFunds)  # swallow only these


class Bank:
    def __init__(self, name):
        self.accounts = {}
        self.stream = io.StringIO()
        self.log = logging.getLogger(f"bank.{name}")
        self.log.setLevel(logging.DEBUG)
        self.log.propagate = False
        handler = logging.StreamHandler(self.stream)
        handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
        self.log.addHandler(handler)

    def open(self, owner, balance="0", overdraft="0"):
        self.accounts[owner] = acct = Account(owner, balance, overdraft)
        return acct

    def transfer(self, src, dst, amount):
        with Transaction(self, self.accounts[src], self.accounts[dst]):
            self.accounts[dst].deposit(amount)
            self.accounts[src].withdraw(amount)

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Money(0))


@contextlib.contextmanager
def frozen(account):
    account.frozen = True
    try:
        yield account
    finally:
        account.frozen = False


def main():
    bank = Bank("demo")
    for owner, bal, od in [("alice", "100", "0"), ("bob", "20.005", "50"), ("carol", "0", "0")]:
        bank.open(owner, bal, od)
    print("opening:", {o: str(a.balance) for o, a in bank.accounts.items()}, "total", bank.total())

    bank.transfer("alice", "bob", Money("30"))
    bank.transfer("bob", "carol", Money("95.50"))      # uses overdraft
    bank.transfer("carol", "alice", Money("1000"))     # rolled back and swallowed
    for args in [("alice", "carol", Money(5, "USD")), ("nobody", "alice", Money(1))]:
        try:
            bank.transfer(*args)
        except BankError as exc:
            print(f"{type(exc).__name__}: {exc} | TypeError? {isinstance(exc, TypeError)}")
        except KeyError as exc:
            print("KeyError:", exc)
    with frozen(bank.accounts["alice"]) as acct:
        try:
            bank.transfer("alice", "bob", Money(1))
        except AccountFrozen as exc:
            print("frozen:", exc, acct.frozen)
    print("after:", {o: str(a.balance) for o, a in bank.accounts.items()}, "total", bank.total())

    with contextlib.ExitStack() as stack:
        for owner in ("bob", "carol"):
            stack.enter_context(frozen(bank.accounts[owner]))
        stack.callback(print, "exit stack unwound")
        print("frozen now:", sorted(o for o, a in bank.accounts.items() if a.frozen))
    print("frozen later:", sorted(o for o, a in bank.accounts.items() if a.frozen))

    try:
        try:
            bank.accounts["carol"].withdraw(Money("1e6"))
        except InsufficientFunds as exc:
            raise RuntimeError("audit failed") from exc
    except RuntimeError as exc:
        print(exc, "<-", repr(exc.__cause__.needed), exc.__cause__.account.owner)
    with contextlib.suppress(ZeroDivisionError):
        print("interest:", Money("100") * 0.035, 3 * Money("0.333"), -Money("5") < Money(0))
        1 / 0
    print(sorted([Money(3), Money("1.50"), Money(2)]), bool(Money(0)), len({Money(1), Money("1.00")}))
    print(Money("2.675"), Money("2.665"), Money("-0.005"))
    try:
        Money(1) + 1
    except TypeError as exc:
        print("TypeError:", exc)
    print(bank.stream.getvalue(), end="")
    print(BankError.__doc__, InsufficientFunds.__mro__[1].__name__, CurrencyMismatch.__mro__[2].__name__)


if __name__ == "__main__":
    main()
