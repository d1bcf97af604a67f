# A small bank-account program: classes, exceptions, formatting, sorting.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance:,.2f})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
accounts = [Account("ann", 100), Account("bob"), Account("cy", 2500.5)]
accounts[1].deposit(50)
transfer(accounts[2], accounts[0], 1000)
for action in [lambda: accounts[1].withdraw(75), lambda: accounts[0].deposit(-5), lambda: transfer(accounts[0], accounts[1], 30)]:
    try:
        action()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed)
    except ValueError as e:
        print("ValueError:", e)
for acc in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(acc, acc.history)
print(f"total: {sum(a.balance for a in accounts):>12,.2f}")
