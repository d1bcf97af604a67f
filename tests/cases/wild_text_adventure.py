"""A tiny text adventure: rooms, items, a player state machine, scripted input.

Uses Enum/Flag/auto, __str__ / __format__, properties, class-level command
dispatch through a decorator registry, and a scripted list of commands in
place of input().
"""
import enum
import random
import textwrap


class Dir(enum.Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH,
                Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]

    @classmethod
    def parse(cls, word):
        word = word.lower()
        for d in cls:
            if word in (d.value, d.name.lower()):
                return d
        raise ValueError(f"no direction {word!r}")


class State(enum.Enum):
    EXPLORING = enum.auto()
    FIGHTING = enum.auto()
    WON = enum.auto()
    DEAD = enum.auto()


class Trait(enum.Flag):
    NONE = 0
    LIGHT = enum.auto()
    KEY = enum.auto()
    WEAPON = enum.auto()


class Item:
    def __init__(self, name, traits=Trait.NONE, weight=1):
        self.name, self.traits, self.weight = name, traits, weight

    def __format__(self, spec):
        text = f"a {self.name}" if spec == "a" else self.name
        return text

    def __repr__(self):
        return f"Item({self.name!r}, {self.traits!r})"


class Room:
    def __init__(self, name, description, dark=False, locked_from=None):
        self.name, self.description, self.dark = name, description, dark
        self.exits, self.items, self.monster = {}, [], None
        self.locked_from = locked_from

    def connect(self, direction, other):
        self.exits[direction] = other
        other.exits[direction.opposite] = self


COMMANDS = {}


def command(*names):
    def register(func):
        for n in names:
            COMMANDS[n] = func
        return func
    return register


class Game:
    def __init__(self, seed=7):
        self.rng = random.Random(seed)
        hall = Room("Hall", "A draughty hall with a staircase.")
        cellar = Room("Cellar", "Damp stone walls. Something growls.", dark=True)
        study = Room("Study", "Books everywhere; a desk under the window.")
        vault = Room("Vault", "Gold glitters in every corner!", locked_from=Dir.EAST)
        hall.connect(Dir.SOUTH, cellar)
        hall.connect(Dir.EAST, study)
        hall.connect(Dir.WEST, vault)
        study.items += [Item("lamp", Trait.LIGHT, 2), Item("letter"), Item("sword", Trait.WEAPON, 5)]
        cellar.items.append(Item("brass key", Trait.KEY))
        cellar.monster = {"name": "rat king", "hp": 9}
        self.room, self.inventory, self.state, self.hp, self.moves = hall, [], State.EXPLORING, 10, 0

    @property
    def traits(self):
        t = Trait.NONE
        for item in self.inventory:
            t |= item.traits
        return t

    def say(self, text):
        for line in textwrap.wrap(text, width=48):
            print("  " + line)

    def look(self):
        if self.room.dark and Trait.LIGHT not in self.traits:
            self.say("It is pitch black. You might be eaten by a grue.")
            return
        exits = ", ".join(d.name.lower() for d in sorted(self.room.exits, key=lambda d: d.value))
        stuff = "; ".join(f"{i:a}" for i in self.room.items) or "nothing"
        self.say(f"{self.room.name}: {self.room.description} You see {stuff}. Exits: {exits}.")

    @command("look", "l")
    def do_look(self, *_):
        self.look()

    @command("go", "walk")
    def do_go(self, word=""):
        d = Dir.parse(word)
        target = self.room.exits.get(d)
        if target is None:
            self.say("You can't go that way.")
        elif target.locked_from is d.opposite and Trait.KEY not in self.traits:
            self.say("The vault door is locked.")
        else:
            if self.state is State.FIGHTING:
                self.say("You flee!")
                self.state = State.EXPLORING
            self.room = target
            self.look()
            if target.monster:
                self.state = State.FIGHTING
                self.say(f"The {target.monster['name']} attacks!")
            elif target.name == "Vault":
                self.state = State.WON

    @command("take", "get")
    def do_take(self, *words):
        name = " ".join(words)
        for item in self.room.items:
            if item.name == name:
                self.room.items.remove(item)
                self.inventory.append(item)
                self.say(f"Taken: {item}.")
                return
        self.say(f"There is no {name} here.")

    @command("inventory", "i")
    def do_inventory(self):
        names = sorted(format(i) for i in self.inventory)
        weight = sum(i.weight for i in self.inventory)
        self.say(f"You carry {', '.join(names) or 'nothing'} ({weight} kg); traits {self.traits!r}")

    @command("attack", "hit")
    def do_attack(self, *_):
        if self.state is not State.FIGHTING:
            self.say("There is nothing to attack.")
            return
        m = self.room.monster
        dmg = self.rng.randint(3, 5) if Trait.WEAPON in self.traits else 1
        m["hp"] -= dmg
        self.say(f"You hit the {m['name']} for {dmg}; it has {max(m['hp'], 0)} hp left.")
        if m["hp"] <= 0:
            self.room.monster = None
            self.state = State.EXPLORING
            self.say("It flees into the dark.")
            return
        bite = self.rng.randint(1, 4)
        self.hp -= bite
        self.say(f"It bites you for {bite}. You have {self.hp} hp.")
        if self.hp <= 0:
            self.state = State.DEAD

    def handle(self, line):
        self.moves += 1
        verb, *args = line.split()
        if verb in {d.value for d in Dir} | {d.name.lower() for d in Dir}:
            verb, args = "go", [verb]
        handler = COMMANDS.get(verb)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        try:
            handler(self, *args)
        except (ValueError, TypeError) as exc:
            self.say(f"Huh? ({type(exc).__name__}: {exc})")


SCRIPT = ["look", "take brass key", "w", "s", "n", "east", "get lamp", "take sword",
          "inventory", "dance", "go up", "inventory now please", "s", "w", "s", "attack",
          "hit", "hit", "hit", "hit", "take brass key", "inventory", "n", "go west", "look"]


def main():
    game = Game()
    for line in SCRIPT:
        if game.state in (State.WON, State.DEAD):
            break
        print(f"> {line}")
        game.handle(line)
    print(f"{game.state.name} after {game.moves} moves with {game.hp} hp; state value {game.state.value}")
    print(list(Trait), Trait.LIGHT | Trait.KEY, Trait(3), bool(Trait.NONE))
    print(Dir("n"), Dir["WEST"].opposite, [d.value for d in Dir], len(COMMANDS))


if __name__ == "__main__":
    main()
