/** The floor: the start of a JVM that does nothing (bench/run times it beside logboek). */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
